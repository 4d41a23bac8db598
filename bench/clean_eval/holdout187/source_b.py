"""holdout187, part B: 博客, 公众号镜像, 文档分享, 教育门户, 企业内网. Invented text, written blind."""

CASES = [
    dict(
        slug="blog-songchuang-teacher-bilingual-wrapped",
        site="松窗手记 (invented personal blog)",
        style="博客",
        genre="心得体会",
        kind="other",
        form="text",
        source="http://songchuang.blog.jiaoyu8.net/post/2024/03/bilingual-notes.html",
        title="在民族地区小学推进双语教学的几点体会",
        record_title="在民族地区小学推进双语教学的几点体会 | 松窗手记",
        date="2024-03-17",
        notes="hard-wrapped at 62 columns; blog post time is the page date; tag cloud and archive",
        page="""
!m 松窗手记 —— 一个乡村教师的自留地
!m 首页　　随笔　　教学　　相册　　留言
!t 在民族地区小学推进双语教学的几点体会 | 松窗手记
!m [2024-03-17 21:06]　分类：教学　阅读(318)　评论(6)
{BODY}
!l 标签：双语教学　乡村教育　课堂
!l « 上一篇：开学第一周的三件小事
!l 下一篇：春游路上的民族歌 »
!l 文章归档：2024年3月(4)　2024年2月(2)　2024年1月(5)
!a 发表评论　　昵称（必填）　　提交
!m Theme by 木叶 | 本博客由松窗维护
""",
        wrap=62,
        body="""
我在格桑乡中心小学教了六年书，班上的孩子大多在家说本民族语言，刚入学时听不懂普通话的占到三成。推进双语教学这几年，我有几点体会。
第一，起步阶段要用好母语这座“桥”。低年级数学课上，我先用孩子熟悉的语言讲清题意，再用普通话带读关键词，孩子们理解快了，课堂也活了。
第二，要把普通话学习放进生活。我们在校园里设了“双语角”，课间播放双语儿歌，让孩子们在玩中学、在用中学。
第三，要重视家校配合。通过家长会和家访，我们向家长讲明学好国家通用语言的好处，也请家长教孩子民族歌谣，两种语言互相促进。
教学没有捷径，慢一点、细一点，孩子们会给你惊喜。
""",
    ),
    dict(
        slug="blog-muou-glove-puppet-director-html",
        site="木偶戏班主的博客 (invented)",
        style="博客",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://muoubanzhu.lofter-like.cn/post/1d2e9a_2b81f0",
        title="柞岭布袋木偶剧团2023年演出工作小结",
        record_title=None,
        date="2024-01-06",
        notes="personal blog page; no record title; bracketed post time is the page date; document signed without date",
        page="""
<html><head><meta charset="utf-8"><title>柞岭布袋木偶剧团2023年演出工作小结 - 掌中乾坤</title>
<script>var blogId=7781;</script></head>
<body>
<div class="blog-head"><h2>⟦m 掌中乾坤⟧</h2><p>⟦m 一个布袋戏班主的碎碎念⟧</p>
<nav>⟦m 首页 | 归档 | 关于我 | 订阅RSS⟧</nav></div>
<div class="post">
<h1>{T}</h1>
<p class="time">⟦m 〔2024-01-06 22:41〕 已有 215 人围观⟧</p>
<div class="entry">
{BODY}
</div>
<p class="post-tags">⟦l 标签：布袋戏 / 非遗 / 年终⟧</p>
<div class="comments"><h4>⟦l 评论（3）⟧</h4><p>⟦l 小丸子：今年还来我们学校演吗？⟧</p></div>
</div>
<div class="sidebar"><h4>⟦l 最新文章⟧</h4><ul><li>⟦l 新刻的关公偶头⟧</li><li>⟦l 冬至夜场记⟧</li></ul>
<h4>⟦l 标签云⟧</h4><p>⟦l 偶头 戏台 锣鼓 徒弟 巡演⟧</p></div>
<div class="foot">⟦d 文字与图片版权归博主所有，转载请留言告知⟧</div>
</body></html>
""",
        body="""
2023年是剧团恢复演出后最忙的一年。全年共演出146场，其中进校园58场、进乡村62场、景区驻场26场，观众约4.3万人次。
一、剧目方面。复排传统剧目《三打白骨精》《武松打虎》，新编了反诈题材小戏《阿婆的电话》，在全县文艺汇演中获二等奖。
二、传承方面。新招学徒4名，平均年龄22岁，由老艺人一对一传授指法和唱腔；开设周末木偶兴趣班，学员达到60人。
三、困难方面。偶头雕刻师傅年事已高，戏服和偶头修补跟不上演出需要；乡村演出车辆老旧，路远的点只能一天跑一场。
新的一年，我们打算申请文旅部门的扶持资金，添置一辆演出车，争取把戏送到更多山村。
柞岭布袋木偶剧团
""",
    ),
    dict(
        slug="wechat-qingxin-initiative-youth-federation-html",
        site="青心阅览 mirror of the account 栲坪青联 (invented)",
        style="公众号镜像",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://www.qingxinyuelan.com/mp/kpqinglian/2024/0504/77102.html",
        title="栲坪县青年联合会致全县青年的倡议书",
        record_title="青联倡议｜栲坪县青年联合会致全县青年的倡议书",
        date="2024-05-04",
        notes="WeChat mirror; decorated title; account date line; follow and 在看 bar; sentence with 扫码 kept",
        page="""
<html><head><meta charset="utf-8"><title>青联倡议｜栲坪县青年联合会致全县青年的倡议书</title></head>
<body><div class="rich_media">
<div class="mirror-bar">⟦m 青心阅览 · 公众号文章镜像⟧ ⟦a 查看原文⟧</div>
<h1 class="rich_media_title">{T}</h1>
<div class="meta">⟦m 栲坪青联⟧ ⟦m 2024年05月04日 07:30⟧ ⟦m 浙江⟧</div>
<div class="rich_media_content">
{BODY}
</div>
<div class="tail">⟦m 来源｜栲坪县青联秘书处⟧<br>⟦m 编辑｜林小满　审核｜邹航⟧</div>
<div class="qr">⟦a 长按识别二维码 关注“栲坪青联”⟧</div>
<div class="bar">⟦l 分享⟧ ⟦l 点赞⟧ ⟦l 在看⟧ ⟦l 留言⟧</div>
</div></body></html>
""",
        p_html='<section style="line-height:1.75em;"><span>{}</span></section>',
        body="""
全县广大青年朋友们：
五四青年节到来之际，栲坪县青年联合会向全县青年发出倡议：
一、争做创业先锋。立足茶叶、竹木、乡村旅游等特色产业，敢闯敢试，把青春写在家乡的田野上。
二、争做文明先锋。带头移风易俗，践行光盘行动，文明出行，做新风尚的传播者。
三、争做志愿先锋。积极参与助老助残、关爱留守儿童、防汛救灾等志愿服务，扫描文末“青春栲坪”志愿服务平台二维码即可注册加入。
四、争做学习先锋。多读书、读好书，学理论、学技能，不断提升本领。
青年兴则县域兴。让我们携起手来，为建设美丽栲坪贡献青春力量！
栲坪县青年联合会
2024年5月4日
""",
    ),
    dict(
        slug="wechat-wenjian-notice-unemployment-insurance",
        site="闻见号 mirror of the account 枥湖人社 (invented)",
        style="公众号镜像",
        genre="通知",
        kind="notice",
        form="text",
        source="http://wenjianhao.cn/a/lhrs/2024/0618/3391.html",
        title="关于做好2024年失业保险稳岗返还工作的通知",
        record_title="关于做好2024年失业保险稳岗返还工作的通知",
        date="2024-06-14",
        notes="record title; title printed twice; account line date differs from the 成文日期; 关注 sentence kept; contact line kept next to a mirror's ad",
        date_also=["2024-06-18"],
        page="""
!m 闻见号 — 公众号内容聚合
{T}
!m 枥湖人社　2024-06-18　原创
!a 点击上方蓝字「枥湖人社」关注我们
{T}
{BODY}
!a 分享　收藏　在看　点赞
!w 企业社保代办、稳岗补贴申报代理，加微信 shebao_lh88
!d 以上内容转载自公众号“枥湖人社”，如有侵权请联系删除。
""",
        body="""
各有关单位：
根据省人力资源社会保障厅、省财政厅有关文件精神，现就做好我县2024年失业保险稳岗返还工作通知如下。
一、返还对象：上年度未裁员或裁员率不高于5.5%的参保企业；参保职工30人（含）以下的企业，裁员率不高于参保职工总数20%。
二、返还标准：大型企业按企业及其职工上年度实际缴纳失业保险费的30%返还，中小微企业按60%返还。
三、办理方式：采取“免申即享”方式，由县社保中心通过大数据比对筛选符合条件的企业，公示无异议后直接拨付至企业对公账户。企业可关注“枥湖人社”公众号查询公示名单。
四、咨询电话：0579-8820316
枥湖县人力资源和社会保障局
2024年6月14日
""",
    ),
    dict(
        slug="docshare-kezhan-summary-musicians-association-markers",
        site="稞栈文档 (invented)",
        style="文档分享",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://www.kezhandoc.com/d/5581204.html",
        title="榆湾县音乐家协会2023年工作总结",
        record_title="榆湾县音乐家协会2023年工作总结.docx",
        date="2024-01-15",
        notes="file-name record title; page markers ⹕2⹖ glued; upload box",
        page="""
!m 稞栈文档｜资料共享平台
!t 榆湾县音乐家协会2023年工作总结.docx
!m 分享者：yw_yinxie　　大小：36.2KB　　下载次数：17　　上传时间：3个月前
!d 本站所有文档均由用户分享，仅提供在线预览与存储，请尊重原作者版权。
{BODY}
!a 💾 保存到我的文档　　📥 立即下载
!l 更多来自该分享者：协会换届选举办法.docx　“村歌嘹亮”比赛方案.doc
""",
        indent="\u3000\u3000",
        pages=dict(fmt="⹕{n}⹖", every=160, start=2, glue=True),
        body="""
2023年，县音乐家协会在县文联的指导下，团结全县音乐工作者，围绕中心、服务群众，各项工作取得新进展。
一、组织文艺活动。举办“榆湾之声”新春音乐会、“村歌嘹亮”乡村歌曲大赛等活动12场，参演会员400余人次，线上线下观众超过8万人次。
二、推出原创作品。组织会员深入茶山、渔村采风，创作原创歌曲23首，其中《湾里的灯》入选市“优秀原创歌曲”。
三、开展公益培训。在11个乡镇开设合唱、器乐公益课堂，培训基层文艺骨干360人次。
四、加强自身建设。新发展会员31名，会员总数达到218名；完善协会章程和财务制度。
2024年，协会将重点抓好原创精品和基层辅导两件事。
榆湾县音乐家协会
2024年1月15日
""",
    ),
    dict(
        slug="docshare-fenxiang-plan-folk-artists-html",
        site="纷享资料库 (invented)",
        style="文档分享",
        genre="方案",
        kind="plan",
        form="html",
        source="https://ziliao.fenxiang99.com/doc/2024/0226/98177.html",
        title="椴岭县民间文艺家协会2024年民间故事采录工作方案",
        record_title="椴岭县民间文艺家协会2024年民间故事采录工作方案 - 纷享资料库",
        date=None,
        notes="sharing page; decorated title; no date in the document (upload stamp only); numbered list; 下载 sentence in the body kept",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>椴岭县民间文艺家协会2024年民间故事采录工作方案 - 纷享资料库</title>
<script async src="/js/ga.js"></script></head>
<body>
<nav class="nav">⟦m 纷享资料库⟧ ⟦m 首页 · 分类 · 上传 · 会员中心⟧</nav>
<div class="doc">
<h1>{T}</h1>
<div class="info">⟦m 资料编号：FX98177　上传时间：2024-02-26 14:08　页数：3⟧</div>
<div class="ops">⟦a 收藏⟧ ⟦a 下载（积分 3）⟧ ⟦a 分享到朋友圈⟧</div>
<article>
{BODY}
</article>
<div class="copyright">⟦d 资料来源于网络用户分享，仅供交流，如需商用请联系原作者。⟧</div>
</div>
<aside><p>⟦l 同类资料⟧</p><ul><li>⟦l 非遗项目普查方案⟧</li><li>⟦l 民间歌谣整理工作总结⟧</li></ul></aside>
<footer>⟦m 客服邮箱：kefu@fenxiang99.com⟧ ⟦m 蜀ICP备20018452号⟧</footer>
</body></html>
""",
        body="""
为抢救性保护我县民间口头文学，协会决定2024年在全县开展民间故事采录工作，方案如下。
一、采录范围
全县9个乡镇，重点是65岁以上、能完整讲述民间故事的老人。
二、采录内容
1.地名传说、人物传说；
2.生活故事、动物故事；
3.民间笑话和歌谣。
三、工作要求
采录人员要征得讲述人同意，全程录音录像，并填写讲述人信息表。采录表格可从县文联网站下载，打印后随身携带。所有音视频资料年底前交协会统一建档。
四、成果转化
精选100则故事汇编出版，并制作有声读物在县融媒体平台播出。
""",
    ),
    dict(
        slug="edu-xiyuan-notice-principal-rank-html",
        site="禧源县教育体育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.xiyuan.gov.cn/tzgg/2024/0905/4412.html",
        title="关于开展2024年度中小学校长职级评定工作的通知",
        record_title="【通知公告】关于开展2024年度中小学校长职级评定工作的通知",
        date="2024-09-04",
        notes="education portal; decorated title; schedule table one row a paragraph; contact kept; attachments; publish line differs",
        date_also=["2024-09-05"],
        page="""
<html><head><meta charset="utf-8"><title>关于开展2024年度中小学校长职级评定工作的通知-禧源县教育体育局</title></head>
<body>
<div class="head">⟦m 禧源县教育体育局⟧ <span class="date">⟦m 欢迎访问　星期四⟧</span></div>
<div class="nav">⟦m 首页　机构概况　教育动态　通知公告　办事指南　招生考试⟧</div>
<div class="left">
<div class="loc">⟦m 当前位置：首页 / 通知公告⟧</div>
<h3>{T}</h3>
<div class="attr">⟦m 发布人：人事股　　发布时间：2024-09-05　　阅读次数：2057⟧</div>
<div class="article">
{BODY}
</div>
<div class="btns">⟦a 打印⟧ ⟦a 收藏⟧ ⟦a 返回顶部⟧</div>
</div>
<div class="right"><h4>⟦l 通知公告⟧</h4><ul><li>⟦l 2024年秋季学期开学工作通知⟧</li><li>⟦l 教师资格认定公告⟧</li></ul>
<h4>⟦l 友情链接⟧</h4><ul><li>⟦l 省教育厅⟧</li><li>⟦l 市教育局⟧</li></ul></div>
<div class="foot">⟦m 地址：禧源县文昌路18号　电话：0735-3310022⟧<br>⟦d 版权所有 禧源县教育体育局　未经许可不得复制⟧</div>
</body></html>
""",
        body="""
各中小学校：
根据《禧源县中小学校长职级制管理办法（试行）》，经研究，决定开展2024年度中小学校长职级评定工作。现将有关事项通知如下。
一、评定范围
全县公办中小学在任校长（含主持工作的副校长）。
二、时间安排
阶段　　时间　　内容
个人申报　　9月10日—9月20日　　填写申报表，提交佐证材料
学校审核　　9月21日—9月25日　　学校公示并审核
县级评审　　10月8日—10月20日　　材料评审、答辩、实地考察
结果公示　　10月下旬　　公示5个工作日
三、有关要求
申报人对材料真实性负责，弄虚作假的取消当年评定资格。
联系人：贺明远　联系电话：0735-3310187
附件：1.中小学校长职级评定申报表
2.中小学校长职级评定评分细则
禧源县教育体育局
2024年9月4日
""",
    ),
    dict(
        slug="edu-nanpo-notice-school-library",
        site="南坡教育网 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.nanpoedu.net/Article/ShowArticle.asp?ArticleID=6613",
        title="关于加强中小学校园图书室管理的通知",
        record_title=None,
        date="2024-03-01",
        notes="no record title; old ASP site chrome; Chinese-numeral date; 印发 line kept; font-size row",
        page="""
!m 南坡教育网 NANPOEDU.NET
!m 首页 | 教育新闻 | 通知公告 | 教研天地 | 德育之窗
!m 您现在的位置： 南坡教育网 >> 通知公告 >> 正文
{T}
!m 作者：县教育局基教股　　文章来源：本站原创　　点击数：1388　　更新时间：2024-3-4
!a 【字体：小 大】
{BODY}
!l 【发表评论】【加入收藏】【告诉好友】【打印此文】【关闭窗口】
!l ■ 上一篇文章：关于做好春季学期开学工作的通知
!l ■ 下一篇文章：南坡县中小学读书月活动方案
!m 站长：老周　E-mail：webmaster@nanpoedu.net
""",
        date_also=["2024-03-04"],
        body="""
各中小学：
近期检查发现，部分学校图书室存在藏书陈旧、借阅制度不落实、开放时间不足等问题。为充分发挥图书室育人功能，现就有关事项通知如下。
一、定期更新藏书。各校每年新增图书不少于生均一册，及时剔除破损、过时和不适宜学生阅读的图书。
二、保证开放时间。图书室每周开放不少于五天，课间、午休和课后服务时段必须开放。
三、规范借阅管理。建立纸质或电子借阅台账，鼓励开展班级图书角漂流。
四、配齐管理人员。每校明确一名图书管理员，每学期参加一次业务培训。
县教育局将把图书室管理纳入年度学校考核。
南坡县教育局
二〇二四年三月一日
南坡县教育局办公室　　2024年3月1日印发
""",
    ),
    dict(
        slug="oa-gangsuo-plan-wire-rope-safety-month",
        site="钢索集团协同办公平台 (invented)",
        style="企业内网",
        genre="方案",
        kind="plan",
        form="text",
        source="http://oa.gangsuo-group.local/doc/view?id=20240528-117",
        title="钢丝绳公司2024年“安全生产月”活动方案",
        record_title="钢丝绳公司2024年“安全生产月”活动方案",
        date="2024-05-28",
        notes="intranet document view; approval trail and read count; activity table; 联系人 kept; 打印 button",
        page="""
!m 钢索集团协同办公平台　　当前用户：质安部-温立　｜　退出
!m 公文管理 > 收文 > 查看
{T}
!m 文件编号：GS-AQ-2024-019　　密级：内部　　拟稿：质安部　　签发：杜建国
!m 流转状态：已办结　　已阅 218 人 / 未阅 14 人
{BODY}
!a [打印] [下载正文] [转发] [返回列表]
!m 审批记录：质安部 温立 提交 05-27 16:20 → 分管副总 俞涛 同意 05-28 09:02 → 总经理 杜建国 签发 05-28 10:15
!d 本平台信息仅限公司内部使用，严禁截图外传。
""",
        body="""
各车间、各部门：
今年6月是全国第24个“安全生产月”。结合公司实际，制定本方案。
一、活动主题
人人讲安全、个个会应急——畅通生命通道。
二、活动安排
序号　　活动内容　　时间　　责任部门
1　　拉丝、捻股车间隐患大排查　　6月1日—10日　　质安部、各车间
2　　钢丝绳断丝检测技能比武　　6月15日　　质检中心
3　　吊装作业应急演练　　6月20日　　设备部
4　　安全知识网上答题　　6月全月　　工会
三、工作要求
各车间要把活动与日常安全检查结合起来，发现隐患立即整改，6月30日前将活动总结报质安部。
联系人：温立　分机：8612
质量安全部
2024年5月28日
""",
    ),
    dict(
        slug="oa-heye-minutes-hinge-qc-circle",
        site="合页五金厂内网 (invented)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://192.168.10.8/intranet/meeting/2024/0412.htm",
        title="2024年第一季度QC小组成果发布会会议纪要",
        record_title=None,
        date="2024-04-12",
        notes="no record title; minutes' 时间/地点/主持/参加/记录 lines kept; results table; intranet chrome between paragraphs",
        page="""
!m 恒固合页五金有限公司 · 内部网
!m 首页 | 通知 | 会议 | 制度 | 表单下载
!t 【会议】2024年第一季度QC小组成果发布会会议纪要
!m 发布部门：品质部　　发布人：吴婧　　2024-04-12 17:40　　浏览 96
{BODY}
!l 附件：QC成果汇编.pdf（2.3MB）
!a 点此签收　　返回
!m 内网技术支持：信息中心 分机 8000
""",
        body="""
时间：2024年4月12日14:00
地点：公司三楼会议室
主持：品质部经理 宋海川
参加：各车间主任、QC小组组长及成员代表共42人
记录：吴婧
会议听取了6个QC小组的成果发布，评委现场打分，评选结果如下：
名次　　小组名称　　课题　　得分
一等奖　　冲压一组　　降低合页冲压毛刺不良率　　92.5
二等奖　　电镀之星　　提高镀层盐雾试验合格率　　89.0
三等奖　　装配先锋　　缩短合页装配换型时间　　86.5
⟦m 本纪要由品质部整理发布⟧
会议要求，获奖成果要在一个月内推广到相关工序，品质部负责跟踪效果；第二季度各车间至少新注册一个QC课题。
会议还对下一季度QC培训作了安排。
""",
    ),
]
