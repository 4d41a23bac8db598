"""holdout156, part C: fishing-boat safety (渔船安全) and household registration (户籍). Invented text."""

CASES = [
    dict(
        slug="fanwenapp-xiezi-fishingboat-summary",
        site="写字匠范文APP (invented)",
        style="范文APP",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://m.xiezijiang.app/article/558120",
        title="2024年度渔船安全生产工作总结",
        record_title="2024年度渔船安全生产工作总结（通用版，可编辑）",
        date="2024-12-27",
        notes="writing app; decorated title; bottom bar prompts; signature date",
        page="""
!m 写字匠 · 范文
!a ＜ 返回　　　⋯ 更多
!t 2024年度渔船安全生产工作总结（通用版，可编辑）
!m 1.6万人看过　｜　收录于合集 #安全生产总结
{BODY}
!a 解锁全文排版 · 开通写字匠会员 限时7折
!a 👍 有帮助　　⭐ 收藏　　↗ 转给好友
!l 同类热文：渔港管理站年度工作总结　伏季休渔监管工作汇报
""",
        body="""
2024年，我镇坚持把渔船安全生产作为海洋渔业工作的头等大事，全年未发生渔船安全生产责任事故。
一、落实责任。镇政府与全镇146艘渔船船东逐船签订安全生产责任书，明确船东、船长的安全责任。
二、强化检查。联合渔港监督部门开展渔船安全大检查4次，检查渔船530艘次，整改隐患91处。
三、开展培训。组织船员安全培训6期，培训船员820人次，持证上岗率达到100%。
明年，我们将继续推进渔船北斗终端全覆盖，提升海上应急救助能力。
荻浦镇人民政府
2024年12月27日
""",
    ),
    dict(
        slug="gkforum-shenlun-fishingboat-material",
        site="上岸公考论坛 (invented)",
        style="公考论坛",
        genre="申论范文",
        kind="essay",
        form="text",
        source="http://bbs.shangan-gk.com/thread-208811-1-1.html",
        title="以“小渔船”撬动“大安全”——申论范文",
        date=None,
        notes="civil-exam forum; floor meta; points prompts; no date (relative times only)",
        page="""
!m 上岸公考论坛 » 申论备考 » 范文精选
!m 楼主 | 发表于 5 天前 | 只看该作者
{T}
{BODY}
!a 本帖隐藏内容需回复可见：【申论高分模板下载】
!m 积分 3380　帖子 712　精华 4
!l 回复　支持(27)　反对(0)　收藏
""",
        indent="　　",
        junk=dict(lines=1, glued=0),
        body="""
在沿海地区，一艘艘小渔船承载着千家万户的生计，也牵动着海上安全的神经。
渔船安全之难，难在点多面广、流动性强。要破解这一难题，关键在于把管理做细、把责任压实。
一方面，要用好科技手段，让每一艘渔船都装上“千里眼”“顺风耳”；另一方面，要把安全培训送到码头、送上渔船，让船员从“要我安全”变成“我要安全”。
唯有如此，才能以“小渔船”撬动“大安全”，守护好渔民的平安归航。
""",
    ),
    dict(
        slug="baike-yuchuan-fishingboat-entry-html",
        site="知海百科 (invented)",
        style="百科问答",
        genre="百科",
        kind="entry",
        form="html",
        source="https://baike.zhihai.net/item/渔船安全检查/30712",
        title="渔船安全检查",
        date=None,
        notes="encyclopaedia entry; edit links, contents box and references; no date",
        page="""
<html><head><meta charset="utf-8"><title>渔船安全检查_知海百科</title></head><body>
<div class="wiki-top">⟦m 知海百科⟧　⟦a 编辑词条⟧　⟦a 登录⟧</div>
<h1>{T}</h1>
<div class="toc">⟦l 目录　1 检查内容　2 检查方式　3 相关法规⟧</div>
{BODY}
<div class="ref">⟦l 参考资料：[1] 渔业船舶安全管理知识读本⟧</div>
<div class="stat">⟦m 词条统计　浏览次数：9021　编辑次数：6次历史版本　最近更新：海风ai⟧</div>
<div class="wf">⟦d 知海百科词条内容仅供参考，如需专业意见请咨询相关部门。⟧</div>
</body></html>
""",
        body="""
渔船安全检查是渔业行政主管部门对渔业船舶安全状况进行的监督检查。
检查内容主要包括船舶证书、船员持证、救生消防设备、通信导航设备和船体状况等。
检查方式分为出港前检查、港内抽查和海上巡查三种。
渔船存在重大安全隐患的，检查机关可以责令其暂停出海，整改合格后方可作业。
""",
    ),
    dict(
        slug="netdisk-huoyun-fishingboat-training-share",
        site="火云网盘 (invented)",
        style="网盘分享",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://pan.huoyun.cc/s/9fKq2LmZ",
        title="在伏季休渔结束开海前渔船安全生产会议上的讲话",
        record_title="在伏季休渔结束开海前渔船安全生产会议上的讲话.wps",
        date="2024-08-28",
        notes="file-name record title; cloud-drive preview; speech with date under the title",
        page="""
<html><head><meta charset="utf-8"><title>在伏季休渔结束开海前渔船安全生产会议上的讲话.wps - 火云网盘</title></head><body>
<div class="pan-top">⟦m 火云网盘 · 分享⟧　⟦a 保存到我的网盘⟧　⟦a 下载(42KB)⟧</div>
<div class="file-info">⟦t 在伏季休渔结束开海前渔船安全生产会议上的讲话.wps⟧　⟦m 分享者：海边的阿强　有效期：永久⟧</div>
<div class="preview">
<p>{T}</p>
<p>（2024年8月28日）</p>
{BODY}
</div>
<div class="pan-tip">⟦a 在线预览仅显示部分格式，下载后查看原文档⟧</div>
<div class="pan-foot">⟦d 请勿分享违法违规内容，举报邮箱 jubao@huoyun.cc⟧</div>
</body></html>
""",
        body="""
同志们：
再过几天，伏季休渔就要结束了。开海之初渔船集中出海，是安全事故易发多发的时段，大家务必高度重视。
第一，出海前必须逐船检查，救生衣、救生筏、北斗终端一样都不能少。
第二，要严格执行编队生产制度，遇大风预警必须及时回港避风。
第三，各村要落实专人值守，保持与出海渔船的通信联系。
""",
    ),
    dict(
        slug="snapshot-zhifa-fishingboat-notice-cache",
        site="搜航快照 (invented)",
        style="搜索快照",
        genre="通告",
        kind="notice",
        form="text",
        source="http://cache.souhang.com/c?u=www.dipu.gov.cn/tzgg/20250301.html",
        title="荻浦县农业农村局关于开展渔船“三无”整治的通告",
        date="2025-03-01",
        notes="search-cache header lines; gov page inside; document number neutral",
        page="""
!m 这是 搜航 对 http://www.dipu.gov.cn/tzgg/20250301.html 的缓存，是该网页于 2025年3月9日 的快照。
!m 当前页面可能已更改，请点击此处查看最新页面。
!m 荻浦县人民政府　>　通知公告
{T}
荻农通〔2025〕3号
{BODY}
!m 荻浦县人民政府主办　浙ICP备05016233号
""",
        body="""
为规范渔业生产秩序，保障渔民生命财产安全，我局决定自即日起在全县开展“三无”渔船专项整治，现通告如下：
一、本通告所称“三无”渔船，是指无船名船号、无船舶证书、无船籍港的渔船。
二、“三无”渔船所有人应于2025年4月30日前自行拆解，逾期未拆解的，依法予以没收。
三、欢迎群众举报，举报电话：0580-3018822。
荻浦县农业农村局
2025年3月1日
""",
    ),
    dict(
        slug="print-yugang-fishingboat-minutes",
        site="荻浦渔港管理处打印页 (invented)",
        style="打印页",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://www.dpygc.cn/print.asp?id=771",
        title="渔港安全生产联席会议纪要",
        date="2025-04-11",
        notes="print view; 时间/地点/主持 lines of the minutes kept; print stamp not a date",
        page="""
!m 荻浦渔港管理处 — 打印版
!m 本页地址：http://www.dpygc.cn/show.asp?id=771
{T}
{BODY}
!a 【打印此页】【关闭】
!m 打印时间：2025-06-02 10:47:13
""",
        body="""
时间：2025年4月11日上午9时
地点：渔港管理处三楼会议室
主持：陈海潮
参会单位：渔港管理处、县海事处、荻浦镇政府、各渔业村
会议议定事项如下：
一、开海前各渔业村对渔船进行一次拉网式排查，4月25日前报排查台账。
二、渔港管理处加强进出港签证管理，对未配齐救生设备的渔船一律不予签证。
三、县海事处在渔港口门增设警示标志。
""",
    ),
    dict(
        slug="mailfwd-dongyu-fishingboat-letter",
        site="邮件转发 (invented mail)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="text",
        source="mailto:forward-2025-0416@hotmail-like.invalid",
        title="关于商请协助做好跨省作业渔船安全监管的函",
        date="2025-04-16",
        notes="forwarded mail headers; mail footer; signature date",
        page="""
!m -------- 转发的邮件 --------
!m 发件人：荻浦县海洋渔业局 <yyj@dipu.gov.invalid>
!m 发送时间：2025年4月17日 星期四 09:03
!m 收件人：苍澜县农业农村局
!m 主题：转发：关于商请协助做好跨省作业渔船安全监管的函
{T}
{BODY}
!d 此邮件及附件可能含有保密信息，如误收请立即删除并通知发件人。
!a 本邮件由邮箱手机版发送
""",
        body="""
苍澜县农业农村局：
近年来，我县部分渔船常年在贵县海域附近作业。为加强跨区域渔船安全监管，现商请贵局协助以下事项：
一、对在贵县渔港停靠的我县渔船开展安全检查，发现隐患及时通报我局。
二、建立两地渔船动态信息共享机制，每月互通一次。
附件：荻浦县跨省作业渔船名单
荻浦县海洋渔业局
2025年4月16日
""",
    ),
    dict(
        slug="gov-qingfu-hukou-notice-html",
        site="菡城市公安局 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="https://gaj.hancheng.gov.cn/bsfw/hjgl/202503/t20250310_61002.html",
        title="菡城市公安局关于户籍业务“跨省通办”有关事项的公告",
        date="2025-03-10",
        notes="police portal, old-ish layout with font row; a hotline of the document kept; site 12345 in footer",
        page="""
<html><head><meta charset="utf-8"><title>菡城市公安局关于户籍业务“跨省通办”有关事项的公告</title></head><body>
<table width="1000"><tr><td>⟦m 菡城市公安局⟧</td><td>⟦m 忠诚　为民　公正　廉洁⟧</td></tr></table>
<div class="dh">⟦m 首页 | 警务公开 | 办事指南 | 警民互动 | 平安菡城⟧</div>
<div class="wz">⟦m 当前位置：首页 &gt;&gt; 办事指南 &gt;&gt; 户籍管理⟧</div>
<div class="bt">{T}</div>
<div class="sj">⟦m 发布日期：2025-03-10　信息来源：治安管理支队⟧　⟦a [ 字体：大 中 小 ]⟧</div>
{BODY}
<div class="bq">⟦m 菡城市公安局主办　警务监督电话：0738-2121110⟧<br>⟦m 湘公网安备43130202000077号⟧</div>
</body></html>
""",
        body="""
为进一步方便群众办事，自2025年4月1日起，我市全面推行户籍业务“跨省通办”。现将有关事项公告如下：
一、可跨省通办的业务包括：工作调动、大中专院校毕业生就业、夫妻投靠、父母投靠子女等户口迁移。
二、群众可直接向迁入地派出所提出申请，无需再回迁出地开具准迁证明。
三、办理过程中如有疑问，可拨打户政咨询电话0738-2125566。
特此公告。
菡城市公安局
2025年3月10日
""",
    ),
    dict(
        slug="fanwen-liyun-hukou-speech-huzheng",
        site="立云公文网 (invented)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://www.liyungw.com/jhg/zhengfa/2025/0218_9935.html",
        title="在全市户政工作会议上的讲话",
        record_title="2025年在全市户政工作会议上的讲话范文（精编）",
        date="2025-02-18",
        notes="decorated record title; title printed twice (second glued to first sentence); date under the speech title; speaker line neutral",
        page="""
!m 立云公文网 ▏材料写作好帮手
!m 导航：首页 ＞ 讲话稿 ＞ 政法讲话
!t 2025年在全市户政工作会议上的讲话范文（精编）
!w 需要原创定制材料？联系站长：QQ 2207781536
{T}
（2025年2月18日）
市公安局副局长　黄振宇
{BODY}
!a 温馨提示：复制内容请先登录，会员可直接导出排版文档
!l 相关推荐：派出所户籍窗口服务规范｜户籍民警年度述职报告
!m Copyright © liyungw.com 立云公文网
""",
        indent="\u3000\u3000",
        body="""
同志们：
户政工作是公安机关服务群众最直接的窗口。过去一年，全市户籍窗口共办理各类业务42.6万笔，群众满意率99.2%。
今年，我们要重点抓好三件事：一是推进户籍业务网上办理，让群众少跑腿；二是规范户口登记，坚决杜绝“人户分离”登记错误；三是提升窗口服务水平，开展户籍民警业务培训全覆盖。
希望同志们以更实的作风、更好的服务，推动全市户政工作再上新台阶。
""",
    ),
    dict(
        slug="wenku-shuhai-hukou-report-wrapped-markers",
        site="书海文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="text",
        source="https://www.shuhaiwk.com/doc/310087224.html",
        title="关于城乡“人户分离”问题的调研报告",
        date="2024-09-30",
        notes="hard-wrapped text with page markers glued to continuation lines; signature date",
        page="""
!m 书海文库 > 政务资料 > 调研报告
!t 关于城乡“人户分离”问题的调研报告
!a 免费预览已结束，剩余2页可下载查看
{BODY}
!a 下载文档 　 加入书架
!d 本文档由用户上传，书海文库不对内容负责，如有侵权请联系平台处理。
""",
        indent="　　",
        wrap=60,
        pages=dict(fmt="〖{n}〗", every=160, start=2, glue=True),
        body="""
近年来，随着城镇化进程加快，我县“人户分离”人口持续增加，给人口管理和公共服务带来新的挑战。县公安局会同县统计局，于今年8月至9月开展了专题调研。
调研显示，全县人户分离人口约3.8万人，其中因购房、务工、子女就学形成的占82%。
存在的问题主要有：部分群众不愿迁移户口，担心失去农村土地权益；居住登记覆盖不全面；基层人口信息更新不及时。
建议：完善居住证制度，推动基本公共服务按常住人口配置；加强部门信息共享，定期比对核查人口数据。
萍渚县公安局调研组
2024年9月30日
""",
    ),
    dict(
        slug="news-hengbao-hukou-news-html",
        site="蘅报新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.hengbao.com.cn/shehui/2025/0605/a7702.html",
        title="新生儿落户“一件事”办理时间压缩至1天",
        date="2025-06-05",
        notes="news portal; 发布时间 in byline; video box and hot list",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>新生儿落户“一件事”办理时间压缩至1天_蘅报新闻网</title></head><body>
<div class="topnav">⟦m 蘅报新闻网　|　蘅报数字报　|　蘅川手机台⟧</div>
<div class="channel">⟦m 社会 · 民生⟧</div>
<h1>{T}</h1>
<div class="byline">⟦m 2025-06-05 10:22　来源：蘅报　作者：林楠⟧</div>
{BODY}
<div class="editor">⟦m 编辑：卢思思　审核：马骏⟧</div>
<div class="hot"><h4>⟦l 24小时热榜⟧</h4><ol><li>⟦l 中考志愿填报指南发布⟧</li><li>⟦l 蘅川这条路6月10日起封闭施工⟧</li></ol></div>
<footer>⟦m 违法和不良信息举报电话：0738-8826110⟧　⟦m 蘅报新闻网版权所有，未经授权禁止转载⟧</footer>
</body></html>
""",
        body="""
记者从蘅川市公安局获悉，即日起，新生儿出生医学证明、预防接种证、户口登记、医保参保等事项实行“一件事”联办。
家长只需在医院或政务服务网提交一次材料，最快1个工作日即可完成全部手续。
市公安局治安支队相关负责人介绍，今年以来全市已有1200余名新生儿通过联办方式落户。
""",
    ),
    dict(
        slug="wechat-jingwu-hukou-mirror-faq",
        site="平安芷阳 公众号镜像 (invented)",
        style="公众号镜像",
        genre="问答",
        kind="article",
        form="html",
        source="https://wxmirror.cc/a/PingAnZhiyang/2025-04-22",
        title="户口迁移，这些问题你一定想知道",
        date="2025-04-22",
        notes="WeChat mirror; the document's own 关注/下载 sentences kept; follow prompts chrome",
        page="""
<html><head><meta charset="utf-8"><title>户口迁移，这些问题你一定想知道</title></head><body>
<div class="rich_media">
<h2 class="rich_media_title">{T}</h2>
<div class="meta">⟦m 平安芷阳　2025年04月22日 18:00　湖南⟧</div>
<div class="rich_media_content">
{BODY}
</div>
<div class="tail">⟦l 预览时标签不可点⟧</div>
<div class="tail">⟦a 微信扫一扫关注该公众号⟧</div>
<div class="tail">⟦l 阅读原文　　阅读 2.1万　　分享　收藏　在看⟧</div>
</div></body></html>
""",
        body="""
问：子女在外地上大学，户口要不要迁？
答：可迁可不迁。毕业后就业的，可凭就业证明将户口迁入工作地。
问：办理户口迁移需要本人到场吗？
答：一般需要本人到场。行动不便的，可由直系亲属代办。
问：在哪里可以查询办理进度？
答：关注“平安芷阳”后，在“办事服务”菜单即可查询；相关表格也可从芷阳公安网站下载。
""",
    ),
]
