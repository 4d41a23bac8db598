"""holdout112, part E: second sites of the association, firm, training, writing-app, exam-forum,
encyclopaedia, cloud-drive, snapshot, print and mail kinds, plus a third portal and 范文 site.
Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="association-duochuan-drum-troupe-rules-html",
        site="铎川县民间文艺家协会 (invented)",
        style="行业协会",
        genre="章程",
        kind="other",
        form="html",
        source="https://www.dcmjwy.example.org.cn/xhdt/2025/0418/61.html",
        title="铎川县铜鼓队登记管理办法（试行）",
        record_title="铎川县铜鼓队登记管理办法（试行）_协会动态_铎川县民间文艺家协会",
        date="2025-04-18",
        notes="association page: member login row, certificate lookup, sidebar; the rule's articles speak of 下载/扫码 (kept); 印发 line kept",
        page="""
<html><head><meta charset="utf-8"><title>铎川县铜鼓队登记管理办法（试行）_协会动态_铎川县民间文艺家协会</title></head><body>
<div class="top">⟦a 会员之家⟧ ⟦a 入会指南⟧ ⟦a 证书查询⟧</div>
<div class="logo">⟦m 铎川县民间文艺家协会⟧</div>
<div class="nav">⟦m 首页 ｜ 协会动态 ｜ 民间艺术 ｜ 会员作品 ｜ 关于我们⟧</div>
<h1>⟦t 铎川县铜鼓队登记管理办法（试行）⟧</h1>
<div class="info">⟦m 时间：2025-04-18　点击：308　来源：协会秘书处⟧</div>
{BODY}
<div class="side">⟦l 热点文章⟧ ⟦l 第二届铜鼓大赛获奖名单⟧ ⟦l 协会会员年审通知⟧</div>
<div class="ft">⟦m 协会地址：铎川县文化馆三楼⟧ ⟦d Copyright 2025 铎川县民间文艺家协会⟧</div>
</body></html>
""",
        body="""
第一条　为加强全县铜鼓队管理，促进铜鼓文化传承，制定本办法。
第二条　由十名以上队员组成、经常开展铜鼓演奏活动的民间队伍，可以向协会申请登记。
第三条　申请登记的队伍，应当从协会网站下载登记表，填写后报所在乡镇文化站审核。
第四条　登记的铜鼓队由协会颁发登记证书，证书上印有二维码，扫码可查询队伍基本信息。
第五条　本办法自印发之日起试行。
铎川县民间文艺家协会秘书处　2025年4月18日印发
""",
    ),
    dict(
        slug="corp-jiangyun-script-studio-about",
        site="江韵文化剧本工作室 (invented)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="text",
        source="https://www.jiangyunjb.example.com/news/29.html",
        title="关于下架三部剧本的公告",
        record_title="关于下架三部剧本的公告-江韵文化",
        date="2025-06-09",
        notes="firm's site: product nav, 在线客服 and a store button; a list of withdrawn scripts; sales WeChat as chrome; glued share bar after a sentence",
        page="""
!m 江韵文化 | 原创剧本发行
!m 首页　剧本库　发行合作　新闻动态　联系我们
!t 关于下架三部剧本的公告
!m 发布日期：2025-06-09　　作者：江韵文化
{BODY}
!w 发行合作请加商务微信：jiangyun_fx
!a 在线客服
!m 江韵文化传播有限公司　粤ICP备22051873号
""",
        body="""
各合作门店：
根据文化主管部门剧本内容审核指引，我司对已发行剧本进行了自查。经研究，决定下架以下三部剧本：
1. 《雾锁古镇》
2. 《第七个房间》
3. 《夜半钟声》
已购买上述剧本的门店，请于6月30日前停止使用，我司将按购买价格全额退款或免费更换其他剧本。⟦l 分享到：微信 ｜ 微博 ｜ QQ⟧
给各门店带来的不便，敬请谅解。
江韵文化传播有限公司
2025年6月9日
""",
    ),
    dict(
        slug="training-hanshui-yuba-skills-class-html",
        site="邗水职业技能培训学校 (invented)",
        style="培训机构",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.hszjpx.example.com/tz/2025-09-02.html",
        title="豆制品加工工职业技能培训开班通知",
        record_title="【开班通知】豆制品加工工职业技能培训开班通知（附课程表）",
        date="2025-09-02",
        notes="training school: price/subsidy banner, testimonial on a line of its own inside the body, course table, 报名电话 kept beside a consultant's WeChat",
        page="""
<html><head><meta charset="utf-8"><title>【开班通知】豆制品加工工职业技能培训开班通知（附课程表）</title></head><body>
<div class="hd">⟦m 邗水职业技能培训学校⟧ ⟦a 在线报名⟧ ⟦a 证书查询⟧</div>
<div class="banner">⟦a 政府补贴培训 · 符合条件者免费学⟧</div>
<h1>⟦t 豆制品加工工职业技能培训开班通知⟧</h1>
<div class="i">⟦m 发布：教务处　2025-09-02　浏览 540⟧</div>
{BODY}
<div class="wx">⟦w 扫码加招生老师微信，领取课程资料⟧</div>
<div class="ft">⟦m 地址：邗水区职教园区12号⟧ ⟦m 苏ICP备21009933号⟧</div>
</body></html>
""",
        body="""
为提升全区腐竹、豆腐等小作坊从业人员技能水平，我校将开设豆制品加工工（五级）职业技能培训班。
课程　课时　授课教师
原料选择与浸泡　8　孙建国
腐竹挑皮与烘干　16　徐长林
食品安全与卫生　8　钱慧
⟦l 往期学员：学了烘干技术，我家腐竹的合格率提高了不少。——瓦窑村 赵师傅⟧
开班时间：9月15日，培训地点：瓦窑村腐竹产业园实训车间。
报名电话：0514-8790216（周一至周五）
""",
    ),
    dict(
        slug="fanwenapp-xiezi-speech-geese-festival",
        site="写字本 (a writing app, invented)",
        style="范文APP",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://share.xiezibenapp.example.com/a/77810293",
        title="在沣源湖首届观雁节开幕式上的讲话",
        record_title="在沣源湖首届观雁节开幕式上的讲话（可编辑）",
        date="2025-12-06",
        notes="writing-app share: open-in-app bar, copy button and member lock on lines of their own inside the body; date under the title in Arabic numerals; speaker line neutral; hard wrap 60 columns",
        wrap=60,
        page="""
!a 在写字本APP中打开　　　×
!t 在沣源湖首届观雁节开幕式上的讲话
副市长　方立新
（2025年12月6日）
{BODY}
!a 复制全文需开通会员
!l 你可能需要：观鸟节活动方案　生态文化旅游节致辞
!m 写字本 · 让写作更简单
""",
        body="""
各位来宾，同志们、朋友们：
今天，沣源湖首届观雁节在这里隆重开幕。我代表市人民政府，向各位来宾表示热烈欢迎！
沣源湖是重要的雁类越冬地，今年越冬雁类数量已超过四千只。这是多年来全市上下坚持退渔还湿、治污护湖的结果。
⟦a 点此复制本段⟧
举办观雁节，就是要让更多市民走近湖泊、了解候鸟，自觉成为湿地的守护者。
⟦a 剩余段落开通VIP后可见⟧
最后，预祝观雁节圆满成功！
""",
    ),
    dict(
        slug="gkforum-interview-okra-question-html",
        site="公考驿站论坛 (invented)",
        style="公考论坛",
        genre="面试题",
        kind="other",
        form="html",
        source="https://bbs.gkyizhan.example.com/thread-99012-1-1.html",
        title="面试真题：秋葵丰收却卖不出去，如果你是驻村干部怎么办？",
        record_title="[面试真题] 秋葵丰收却卖不出去，如果你是驻村干部怎么办？（附参考答案）- 面试专区 - 公考驿站",
        date="2025-08-02",
        notes="exam forum in HTML with jammer fonts; title shortened in the h1 with a bracket tag; course advert after the post; post time as the page date",
        junk=dict(lines=1, glued=1),
        page="""
<html><head><meta charset="utf-8"><title>[面试真题] 秋葵丰收却卖不出去，如果你是驻村干部怎么办？（附参考答案）- 面试专区 - 公考驿站</title>
<style>.jammer{color:#fff;font-size:0}</style></head><body>
<div class="hd">⟦m 公考驿站论坛⟧ ⟦a 登录⟧ ⟦a 注册⟧</div>
<div class="pt">⟦m 公考驿站 › 面试专区 › 真题解析⟧</div>
<h1>⟦t [面试真题] 秋葵丰收却卖不出去，如果你是驻村干部怎么办？⟧</h1>
<div class="auth">⟦m 面试小达人　发表于 2025-8-2 10:33　|　查看 3120　回复 47⟧</div>
<div class="post">
{BODY}
</div>
<div class="ad">⟦a 结构化面试冲刺营，8天带你拿高分，点击报名⟧</div>
<div class="rate">⟦l 评分　收藏　分享　举报⟧</div>
<div class="ft">⟦m 公考驿站论坛　Powered by Discuz!⟧</div>
</body></html>
""",
        body="""
题目：某村今年种植秋葵喜获丰收，但由于收购商压价，大量秋葵滞销。如果你是驻村干部，你会怎么做？
参考答案：
第一，稳定情绪，摸清底数。召开村民会议，统计滞销秋葵的数量和品质，防止农户恐慌性低价抛售。
第二，多渠道拓宽销路。联系县里的农业龙头企业和商超开展产销对接，同时组织村里年轻人开展直播带货。
第三，着眼长远，建立机制。推动成立秋葵专业合作社，与企业签订订单合同，并争取建设冷库延长储存期。
""",
    ),
    dict(
        slug="wiki-wenda-century-egg-lead-html",
        site="万答百科 (invented)",
        style="百科问答",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.wanda-baike.example.com/wenda/2291846.html",
        title="皮蛋里的松花是怎么形成的？",
        record_title=None,
        date=None,
        notes="encyclopaedia Q&A: no record title (the question on the page), expert card, helpful-vote box; 2天前 relative time no date",
        page="""
<html><head><meta charset="utf-8"><title>皮蛋里的松花是怎么形成的？_万答百科</title></head><body>
<div class="hd">⟦m 万答百科 · 专业的知识问答平台⟧</div>
<div class="crumb">⟦m 万答百科 > 美食 > 食材常识⟧</div>
<h1>{T}</h1>
<div class="expert">⟦m 食品工程师 周立　认证专家　回答时间：2天前⟧</div>
{BODY}
<div class="vote">⟦l 这个回答有帮助吗？ 有帮助(218)　没帮助(4)⟧</div>
<div class="more">⟦l 相关问答：皮蛋能和豆腐一起吃吗？　皮蛋为什么有股氨味？⟧</div>
<div class="ft">⟦d 以上内容仅供参考，不作为医疗或专业建议⟧</div>
</body></html>
""",
        body="""
皮蛋表面和蛋清里的“松花”，其实是氨基酸盐的结晶。
腌制过程中，碱性物质渗入蛋内，使蛋白质分解产生氨基酸，氨基酸再与镁、锌等离子结合，形成了树枝状的结晶，看上去就像松枝上的花纹。
一般来说，松花越多，说明蛋白质分解越充分，皮蛋的口感也越鲜。
""",
    ),
    dict(
        slug="netdisk-baiyun-maltose-training-plan",
        site="白云盘 (invented)",
        style="网盘分享",
        genre="方案",
        kind="plan",
        form="text",
        source="https://pan.baiyunpan.example.com/share/9Tg2Lm",
        title="漪城古街非遗糖艺传承人带徒培训计划",
        record_title="漪城古街非遗糖艺传承人带徒培训计划.docx",
        date="2025-09-01",
        notes="cloud drive: file name title, preview line, save/download buttons; a training table; Chinese-numeral signature date",
        page="""
!m 白云盘 - 文件分享
!t 漪城古街非遗糖艺传承人带徒培训计划.docx
!m 来自 ycgj_feiyi 的分享　　文件大小 41KB
!a 保存到白云盘　　普通下载　　极速下载
{BODY}
!a 当前为在线预览，格式可能与原文件不同
!l 该用户的其他分享：古街摊位分布图.pdf　糖艺作品照片（32张）
""",
        body="""
为培养传统糖艺后继人才，古街非遗传承工作站制定本培训计划。
一、培训对象：经报名选拔的学徒六名，年龄十八至三十五周岁。
二、培训内容与安排
阶段　时长　内容
入门　三个月　熬糖火候、拉糖手法
提高　六个月　造型设计、龙须糖制作
出师　三个月　独立经营、食品安全
三、考核：每阶段结束时由传承人组织考核，考核合格方可进入下一阶段。
漪城古街非遗传承工作站
二〇二五年九月一日
""",
    ),
    dict(
        slug="snapshot-kuaizhao-cordyceps-ban-html",
        site="快照搜索 (invented)",
        style="搜索快照",
        genre="通告",
        kind="notice",
        form="html",
        source="http://kuaizhao.example.com/cache?url=www.rongping.example.gov.cn/tzgg/1133.html",
        title="关于2025年虫草采集期管理的通告",
        record_title="关于2025年虫草采集期管理的通告_榕坪县人民政府",
        date="2025-04-20",
        notes="snapshot frame in HTML: cache banner with the original URL and capture time, the original portal chrome inside; signature date",
        page="""
<html><head><meta charset="utf-8"><title>关于2025年虫草采集期管理的通告_榕坪县人民政府</title></head><body>
<div style="border:1px solid #999">⟦d 快照搜索：这是页面在 2025-05-03 06:12 的缓存副本，原网页：www.rongping.example.gov.cn/tzgg/1133.html⟧<br>⟦d 快照仅为方便访问而保存，内容以原网页为准⟧</div>
<div class="orig">
<div class="hd">⟦m 榕坪县人民政府⟧</div>
<div class="crumb">⟦m 首页 » 通知公告⟧</div>
<h2>{T}</h2>
{BODY}
<div class="ft">⟦m 榕坪县人民政府办公室 主办⟧</div>
</div>
</body></html>
""",
        body="""
为加强虫草资源保护，规范采集秩序，现就2025年虫草采集期管理有关事项通告如下：
一、采集期为2025年5月10日至6月20日，采集期外一律禁止采挖。
二、采集人员须持有效采集证，在指定区域内采集，不得跨区域采挖。
三、采挖后必须回填草皮，禁止使用铁锹等大型工具。
四、违反本通告的，由县草原监理部门依法处理。
榕坪县人民政府
2025年4月20日
""",
    ),
    dict(
        slug="print-weiping-transmitter-flood-plan",
        site="渭坪县广播电视台 (invented)",
        style="打印页",
        genre="预案",
        kind="plan",
        form="text",
        source="http://www.wpgdtv.example.cn/print.php?aid=2207",
        title="磐石山发射台汛期安全播出应急预案",
        record_title="〔打印稿〕磐石山发射台汛期安全播出应急预案",
        date="2025-05-30",
        notes="print view of a plan: print header with URL and print time (no date), decimal headings, print footer in my own form; duty-phone list kept",
        page="""
!a [打印此页]　[返回]
!m 渭坪县广播电视台 — 打印版
!t 磐石山发射台汛期安全播出应急预案
!m 打印时间：2025/06/14 10:02　原文地址：http://www.wpgdtv.example.cn/news/2207.html
{BODY}
!p ═ 第 1 页 / 合 1 页 ═
""",
        body="""
1 总则
1.1 为做好汛期安全播出工作，防范雷击、断电、塌方等突发事件，制定本预案。
1.2 本预案适用于磐石山发射台2025年汛期（6月1日至9月30日）的安全播出保障。
2 应急处置
2.1 雷雨天气来临前，值班员应提前检查防雷设施，必要时切换至备用发射机。
2.2 发生市电中断时，应在三分钟内启动柴油发电机组，并报告台长。
3 值班电话
机房值班室：0913-6023301
台长：李卫东　13909136628
渭坪县广播电视台
2025年5月30日
""",
    ),
    dict(
        slug="mail-qinling-bear-insurance-reply",
        site="琴岭县农业农村局邮箱 (invented)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="text",
        source="mailto:nyj@qinling.example.gov.cn#re-20250926",
        title="关于黑熊致害农作物保险理赔有关问题的复函",
        record_title="Re: 回复：关于黑熊致害农作物保险理赔有关问题的复函.docx",
        date="2025-09-25",
        date_also=["2025-09-26"],
        notes="mail reply chain: quoted earlier mail as chrome, mail signature, confidentiality notice; a file-name title; 成文日期 differs from the send date",
        page="""
!m 发件人：县农业农村局计财股 <nyj@qinling.example.gov.cn>
!m 时间：2025-09-26 14:40
!m 收件人：青岗镇农业综合服务站
!m 主题：Re: 回复：关于黑熊致害农作物保险理赔有关问题的复函.docx
!m 附件：复函正文.docx
{BODY}
!m 计财股　刘红
!l > 在 2025-09-19，青岗镇农业综合服务站 写道：
!l > 我站近期收到多户群众反映黑熊损毁玉米，请问理赔标准如何确定？
!d 本邮件仅发送给指定收件人，未经许可不得转发。
""",
        body="""
青岗镇农业综合服务站：
你站《关于黑熊致害农作物理赔标准的请示》收悉。经与承保公司商议，现函复如下：
一、玉米受损面积在一亩以上的，按每亩八百元标准理赔；不足一亩的，按实际受损面积折算。
二、农户应在发现受损后四十八小时内报案，并保留现场，配合查勘人员拍照取证。
三、理赔款由承保公司直接打入农户“一卡通”账户。
特此函复。
琴岭县农业农村局
2025年9月25日
""",
    ),
    dict(
        slug="gov-rongping-cordyceps-town-summary-oneline",
        site="榕坪县人民政府 (invented)",
        style="政府门户",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://www.rongping.example.gov.cn/zwgk/ghjh/2025/0705/1190.html",
        title="扎嘎乡2025年虫草采集期管理工作总结",
        record_title="扎嘎乡2025年虫草采集期管理工作总结_规划计划_榕坪县人民政府",
        date="2025-07-05",
        notes="portal page with the body on one line; glued 打印 action inside the line; 信息公开 meta and a 文号 (neutral)",
        oneline=True,
        indent="　　",
        page="""
!m 榕坪县人民政府 ＞ 政务公开 ＞ 规划计划
!m 发布单位：扎嘎乡人民政府　　发布日期：2025-07-05　　浏览次数：143
!t 扎嘎乡2025年虫草采集期管理工作总结
扎政〔2025〕19号
{BODY}
!a 【打印】　【关闭】
!m 主办单位：榕坪县人民政府办公室　藏ICP备10000411号
""",
        body="""
今年采集期，我乡共发放采集证二千一百六十本，设立检查站四个，未发生一起草场纠纷和安全事故。
一是严格证照管理，做到一人一证、持证进山。
二是加强草场巡查，乡村干部和草管员组成十二个巡查组，累计巡查一百八十余次。
三是做好后勤保障，在三个采集点设立临时医疗点，救治高原反应人员三十七人次。
扎嘎乡人民政府
2025年7月5日
""",
    ),
    dict(
        slug="fanwen-mobile-xinyu-pledge-script-game-glued",
        site="新语范文 (invented)",
        style="范文站",
        genre="承诺书",
        kind="other",
        form="text",
        source="https://m.xinyufw.example.com/chengnuoshu/40119.html",
        title="剧本娱乐经营场所安全经营承诺书",
        record_title="★剧本娱乐经营场所安全经营承诺书（热门2篇）",
        date=None,
        notes="mobile 范文 page: the title repeated and glued to the first line, ad after a sentence, a template with ×× placeholders and 20××年×月×日 (no date)",
        page="""
!m 新语范文手机版
!a 返回　　首页　　搜索
!t ★剧本娱乐经营场所安全经营承诺书（热门2篇）
!m 2025-06-20　范文来源：网友投稿
{BODY}
!a 点击下载本文Word文档
!w 更多承诺书模板，找客服小语 微信：xinyu_kf
!l 上一篇：网吧消防安全承诺书　下一篇：校外培训机构安全承诺书
""",
        body="""
⟦t 剧本娱乐经营场所安全经营承诺书⟧为落实安全生产主体责任，本场所郑重承诺：
一、严格遵守消防安全法律法规，保持疏散通道、安全出口畅通。⟦a 广告：门店管理系统免费试用⟧
二、所有剧本经自审后方可使用，不使用含有违法违规内容的剧本。
三、严格落实未成年人保护有关规定，对未成年人参与的剧本进行适龄提示。
承诺单位（盖章）：××剧本娱乐馆
负责人（签字）：××
20××年×月×日
""",
    ),
]
