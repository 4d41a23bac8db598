"""holdout126, part F: second pages of the remaining kinds of site (opera, publishing, coast guard, valves, signals, aerospace). Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="forum-html-valve-workers-safety-pledge",
        site="阀门人论坛 (invented)",
        style="论坛",
        genre="承诺书",
        kind="pledge",
        form="html",
        source="http://bbs.famenren.com/thread-40917-1-1.html",
        title="铸造工段班组安全承诺书",
        record_title="[分享] 铸造工段班组安全承诺书（我们厂刚签的）",
        date="2024-02-19",
        date_also=["2024-02-21"],
        junk=dict(lines=1, glued=1),
        notes="hobby-trade forum in HTML: jammer fonts between and inside paragraphs, floor meta with 发表于, poster's aside (neutral), a reward/rating box, signature",
        page="""
<html><head><meta charset="gbk"><title>[分享] 铸造工段班组安全承诺书（我们厂刚签的） - 阀门人论坛</title></head>
<body>
<div id="um">⟦a 登录⟧ ⟦a 注册⟧ ⟦m 阀门人论坛 · 阀门行业第一社区⟧</div>
<div id="pt">⟦m 论坛首页 › 安全生产 › 制度分享⟧</div>
<div class="authi">⟦m 铸工老何　发表于 2024-2-21 20:33⟧</div>
<div class="t_f">
<p>厂里年后开工刚签的，发上来大家参考。</p>
<p>{T}</p>
{BODY}
</div>
<div class="rate">⟦l 评分　参与人数 3　金币 +15　收起 理由⟧</div>
<div class="sign">⟦m 签名：干铸造的，安全第一⟧</div>
<div id="ft">⟦m Powered by Discuz!　阀门人论坛　浙ICP备13009827号⟧</div>
</body></html>
""",
        body="""
为确保本班组全年安全生产，全体成员郑重承诺。
一、严格遵守铸造车间各项安全操作规程，不违章作业，不违章指挥，不违反劳动纪律。
二、上岗前按规定穿戴好劳动防护用品，互相检查，互相提醒。
三、熔炼、浇注、清砂等岗位作业时坚守岗位，不擅自离岗。
四、发现安全隐患立即报告班长，不冒险作业。
班组长：何建平　　全体组员签字：
2024年2月19日
""",
    ),
    dict(
        slug="blog-press-editor-proofreading-notes",
        site="青灯校书 (invented blog)",
        style="博客",
        genre="心得体会",
        kind="essay",
        form="text",
        source="https://qingdeng.blogbus.cn/post/2024-04-23.html",
        title="世界读书日，一个编辑的几句心里话",
        record_title="世界读书日，一个编辑的几句心里话 | 青灯校书",
        date="2024-04-23",
        notes="blog: post time line 'Posted on' (the date), category/tag chrome, a 'buy me a coffee' prompt glued after a paragraph, archive list and comment form",
        page="""
!m 青灯校书 —— 一个出版社编辑的业余记录
!m 首页 / 编辑手记 / 读书 / 关于
{T}
!m Posted on 2024-04-23 by 青灯
{BODY}
!l 分类：编辑手记　　标签：读书日 编辑 校对
!l 近期文章：一本书的十二道工序　｜　给作者的一封回信
!a 留下评论　　名字*　　电子邮件*　　发表评论
""",
        body="""
今天是世界读书日。做编辑十二年，经手的书稿一百多部，我越来越觉得，编辑是离书最近、又离读者最远的人。
一本书从选题到印刷，要经过三审三校，每一个环节都可能藏着差错。我曾经为一个标点和作者往返了五封邮件，也曾经在付印前一晚发现一张地图的图例错了，连夜请排版室改版。⟦a ☕ 觉得有用？请作者喝杯咖啡⟧
读者拿到手里的书，看不到这些。但正是这些看不到的功夫，决定了一本书的品质。
愿每一个读者都能读到一本好书，也愿每一本好书都对得起读者。
""",
    ),
    dict(
        slug="docshare-coastguard-fishermen-training-record",
        site="豆丁享 (invented)",
        style="文档分享",
        genre="记录",
        kind="minutes",
        form="text",
        source="https://www.doudingxiang.com/doc/5519027.html",
        title="渔民海上安全培训会议记录",
        record_title="渔民海上安全培训会议记录.doc",
        date="2024-04-25",
        pages=dict(fmt="・{n}・", every=140, start=2),
        notes="doc-sharing text page: file-name title, page markers ・n・ on lines of their own cutting sentences, minutes' 时间/地点/主讲/参加 lines, upload notice",
        page="""
!m 豆丁享 · 文档一键分享
!m 渔民海上安全培训会议记录.doc　　|　　2页　　|　　上传于 3 个月前
!a 下载文档　　收藏　　分享到朋友圈
{T}
{BODY}
!d 本文档为用户分享，仅供学习参考，如有侵权请联系我们删除。
!l 更多相关：渔船安全生产责任书　｜　伏季休渔宣传材料
""",
        body="""
时间：2024年4月25日上午9时
地点：玳湾县渔港社区会议室
主讲：玳湾海警工作站　邬海涛
参加人员：渔船船长、轮机长等46人
培训内容：一是讲解伏季休渔政策和违规出海的法律责任；二是结合近年海上事故案例，讲解碰撞、火灾和人员落水的应急处置方法；三是现场演示救生衣穿戴和救生筏释放操作。
培训结束后进行了书面测试，46人全部合格。参训人员表示，将把培训内容传达给每一名船员，确保安全生产。
""",
    ),
    dict(
        slug="collection-old-signal-engineer-memoir",
        site="半城灯影 文集 (invented)",
        style="个人文集",
        genre="随笔",
        kind="essay",
        form="text",
        source="http://www.banchengdy.net/wj/03/17.html",
        title="第一盏红绿灯",
        record_title="《街口三十年》第三辑·第17篇｜第一盏红绿灯",
        date="2023-08-20",
        notes="personal collection text page: volume nav, a 写于 date in Chinese numerals at the end, a reprint note, word count",
        page="""
!m 半城灯影 · 一个老交警的文集
!l 目录 ｜ 上一篇：骑车上班的那些年 ｜ 下一篇：岗亭 →
{T}
{BODY}
!m 全文约560字　　收入《街口三十年》第三辑
!d 本文集文字为作者原创，转载须经作者同意。
""",
        body="""
一九八六年，县城十字街口装上了第一盏红绿灯。那时候我刚当交警两年，每天站在岗台上指挥交通，手里拿着一面小红旗。
红绿灯装好那天，街上围了好多人看热闹。有人说，这玩意儿一会儿红一会儿绿，谁听它的？头几个月，闯红灯的人确实不少，我们就在路口一个一个地劝。
后来，大家慢慢习惯了，红灯停、绿灯行成了街上的规矩。再后来，县城的路口一个接一个装上了信号灯，我们这些站岗的交警也渐渐从岗台上走了下来。
如今城里的信号灯都联了网，能根据车流自己调时间。可我总记得十字街口那第一盏灯，它教会了一座小城守规矩。
二〇二三年八月二十日于珧口
""",
    ),
    dict(
        slug="lawfirm-yuju-copyright-lecture",
        site="璞衡律师事务所 (invented)",
        style="律所网站",
        genre="讲稿",
        kind="speech",
        form="text",
        source="https://www.puhenglaw.com/jiangtang/2024/0628.html",
        title="戏曲剧本著作权保护的几个问题",
        record_title="律师讲堂｜戏曲剧本著作权保护的几个问题",
        date="2024-06-26",
        notes="law-firm text page: lecture title with the lecturer line and date under it (neutral), a numbered list, the firm's consult box glued after a paragraph, disclaimer",
        page="""
!m 璞衡律师事务所　　知识产权 · 文化娱乐 · 公司合规
!m 首页 > 律师讲堂 > 文化娱乐法
{T}
——在县文艺院团法律知识培训班上的讲课稿
璞衡律师事务所合伙人　闵川
（2024年6月26日）
{BODY}
!d 本文仅供交流学习，不构成法律意见；具体问题请咨询专业律师。
!w 预约律师面谈：0392-6600158
""",
        body="""
各位老师、各位同事：
今天和大家交流戏曲剧本著作权保护的几个问题。
一是剧本的作者是谁。剧团组织创作、提供资金和条件的新编剧目，属于职务作品还是委托作品，要看合同怎么约定，没有约定的容易产生纠纷。
二是改编传统戏要注意什么。传统剧目多数已经进入公有领域，但前人整理改编的版本仍可能受著作权保护，改编前要核实来源。⟦w 剧团版权合规体检，欢迎致电本所文化娱乐团队⟧
三是演出录像能不能随便上网。剧团对演出录像享有相应权利，演员的表演者权也要尊重，上网传播前要取得授权。
建议各院团建立剧目版权档案，把每一部戏的创作合同、授权文件都保存好。
""",
    ),
    dict(
        slug="community-html-coastal-village-typhoon-duty",
        site="玳湾镇 渔港社区网 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="http://yugang.daiwanzhen.cn/gg/2024/0906.html",
        title="渔港社区关于做好台风防御期间船只回港和人员转移工作的通知",
        record_title=None,
        date="2024-09-06",
        notes="community site in HTML: notice board, a duty roster table, the community's 值班电话 beside the site's property and grid hotlines, a share row",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>通知公告 - 渔港社区网</title></head>
<body>
<div class="hd">⟦m 渔港社区网 · 渔港人的家⟧ ⟦m 今天是2024年9月6日⟧</div>
<div class="nav">⟦m 首页⟧ ⟦m 社区公告⟧ ⟦m 党建园地⟧ ⟦m 便民服务⟧</div>
<h2>{T}</h2>
{BODY}
<div class="share">⟦l 转发到：微信群 朋友圈⟧</div>
<div class="ft">⟦m 网格服务热线：0596-7306655⟧ ⟦d 渔港社区网 版权所有⟧</div>
</body></html>
""",
        body="""
各位居民、各位船东：
据气象部门预报，今年第13号台风将于9月7日夜间影响我县沿海。为确保人民群众生命财产安全，现将有关事项通知如下。
一、所有渔船于9月7日12时前回港避风，船上人员全部上岸，严禁留船。
二、居住在海边低洼处和危旧房屋的居民，请于9月7日18时前转移到社区避灾点（渔港小学）。
三、社区防台值班安排
日期　带班领导　值班人员
9月7日　陆红英　许涛、施敏
9月8日　章国平　乐伟、沈丹
值班电话：0596-7301916
渔港社区居民委员会
2024年9月6日
""",
    ),
    dict(
        slug="examforum-garment-town-interview-answer",
        site="申面之家论坛 (invented)",
        style="公考论坛",
        genre="面试素材",
        kind="essay",
        form="text",
        source="https://www.shenmianzj.com/forum/t/61233",
        title="结构化面试真题：乡镇引进服装加工厂遭部分群众反对，你怎么办？",
        record_title="[面试素材] 结构化面试真题：乡镇引进服装加工厂遭部分群众反对，你怎么办？（附答题思路）",
        date=None,
        notes="exam forum: thread header with views and a relative time (no date), a VIP answer-unlock line and a course ad, the model answer as the body",
        page="""
!m 申面之家 › 面试真题 › 结构化
!m 发布者：面霸老林　　5天前　　查看 2618　　回复 33
{T}
!a 本帖参考答案为VIP内容，开通后可查看全部解析
{BODY}
!a 【面试冲刺营】真题逐题精讲，点击报名 ➔
!l 回复本帖　　点赞　　收藏
""",
        body="""
参考答案：
引进服装加工厂能带动群众家门口就业，是好事，但部分群众反对，说明我们的工作还有不到位的地方。我会从以下几方面着手。
第一，摸清原因。深入走访持反对意见的群众，了解他们是担心噪音、污水，还是担心占用耕地，做好记录。
第二，公开信息。邀请企业和环保部门召开说明会，公开项目选址、环评和用工计划，回应群众关切。
第三，争取支持。组织群众代表到同类企业参观，邀请已在厂里就业的群众现身说法。
第四，跟踪落实。项目建成后，定期听取群众意见，督促企业履行环保承诺。
""",
    ),
    dict(
        slug="netdisk-aerospace-parts-quality-month-plan",
        site="白鲸云盘 (invented)",
        style="网盘分享",
        genre="方案",
        kind="plan",
        form="text",
        source="https://share.baijingyun.cn/s/Jq7ZmW0c",
        title="2024年“质量月”活动方案",
        record_title="航宇精密零部件公司2024年质量月活动方案.pdf",
        title_also=["航宇精密零部件公司2024年“质量月”活动方案"],
        date="2024-08-28",
        notes="cloud-drive share: file-name record title differing from the document's own title, share info, save/download/report chrome, a preview limit line, Chinese-numeral date",
        page="""
!m 白鲸云盘 · 文件分享
!m 航宇精密零部件公司2024年质量月活动方案.pdf　　(386KB)
!m 分享人：hyjm_zlb　　过期时间：永久有效
!a 保存到网盘　　普通下载　　超级会员极速下载
{T}
{BODY}
!a 在线预览仅显示部分内容
!d 如发现分享文件存在违规内容，请点击举报
""",
        body="""
为进一步增强全员质量意识，提升航天零部件产品质量，根据集团公司统一部署，决定9月在全公司开展“质量月”活动。
一、活动主题：质量强企　精益求精
二、活动内容
（一）开展质量知识竞赛，各车间组队参加，9月中旬举行决赛。
（二）开展“零缺陷”班组评选，对连续三个月无质量问题的班组予以表彰。
（三）开展质量问题归零“回头看”，对年内发生的质量问题逐项复查。
三、组织保障：成立活动领导小组，质量部负责日常协调，各车间主任为本单位第一责任人。
航宇精密零部件有限公司
二〇二四年八月二十八日
""",
    ),
    dict(
        slug="mail-reply-chain-signal-maintenance-request",
        site="政务邮箱 (invented)",
        style="邮件转发",
        genre="请示",
        kind="request",
        form="text",
        source="mail://zhaokou.gov.cn/jjdd/sent/20241120-14",
        title="关于申请城区交通信号设施维护经费的请示",
        record_title="Re: 回复：关于申请城区交通信号设施维护经费的请示",
        date="2024-11-18",
        date_also=["2024-11-20"],
        notes="mail reply chain: quoted reply headers and a colleague's short reply as chrome, the request's own 附件 and 联系人 lines kept, mail-client footer",
        page="""
!m 发件人：县交管大队综合室 <jjdd_zhs@zhaokou.gov.cn>
!m 日期：2024年11月20日 15:02
!m 收件人：县财政局经建股 <czj_jjg@zhaokou.gov.cn>
!m 主题：Re: 回复：关于申请城区交通信号设施维护经费的请示
!l > 已收到，请把请示正文和测算表再发一份，谢谢。——经建股
!m ------------------ 原始邮件 ------------------
{T}
{BODY}
!m 此邮件由珧口县政务邮箱系统发送
!d 政务邮件严禁传输涉密信息
""",
        body="""
县人民政府：
城区现有交通信号灯路口62处，其中2015年以前建设的有27处，设备老化严重，今年以来发生信号机故障41次，影响群众出行。为保障城区交通安全有序，我大队拟对老旧信号设施进行维护更换，共需经费186.4万元。
妥否，请批示。
附件：城区交通信号设施维护经费测算表
联系人：县交管大队综合室　邓明　电话：0596-3316108
珧口县公安局交通管理大队
2024年11月18日
""",
    ),
    dict(
        slug="fanwen-yuju-troupe-party-lesson",
        site="学习材料库 (invented)",
        style="范文站",
        genre="党课讲稿",
        kind="speech",
        form="text",
        source="http://www.xuexicailiaoku.com/dangke/2024/7719.html",
        title="唱好新时代的“乡村大戏”——剧团党支部专题党课讲稿",
        record_title="唱好新时代的“乡村大戏”——剧团党支部专题党课讲稿（精选）_学习材料库",
        date=None,
        notes="范文 text page: site slogan, crumb, column/heat line, copy-with-credit lock line between paragraphs, a writing-service prompt glued after the last paragraph; the only date a crawl-like 收录 stamp (no date)",
        page="""
!m 学习材料库 | 党建材料一站式获取
!m 首页 → 党课讲稿 → 基层党课
{T}
!m 栏目：党课讲稿　　热度：1504　　收录时间：昨天
{BODY}
!a 复制本页内容请先登录，登录后可无限复制
!l 更多党课：文艺工作者专题党课 ｜ 弘扬传统文化党课讲稿
!m 学习材料库 xuexicailiaoku.com
""",
        body="""
同志们：
今天我们这堂党课的题目是“唱好新时代的‘乡村大戏’”。
我们剧团是一个和农民打了几十年交道的剧团。老一辈演员常说，剧团的根在乡下，观众在田间。这些年，群众看戏的方式变了，但对好戏的期待没有变。
⟦a 本段内容已加密，转载请注明出处⟧
作为党员，我们要做到三个带头：带头下乡演出，哪里偏远就先去哪里；带头排新戏，把乡村振兴的新故事搬上舞台；带头带徒弟，把手艺毫无保留地传给年轻人。
同志们，戏比天大。让我们以党员的标准要求自己，唱好新时代的乡村大戏。⟦w 党课讲稿定制，联系客服微信 xxclk_kefu⟧
""",
    ),
]
