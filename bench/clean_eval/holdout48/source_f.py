"""holdout48, part F: a silk-reeling (缫丝) mill and its town in 缫溪县, with a few more
pages of the sericulture, ramie and loquat organisations of parts A, B and E on other
kinds of site. Everything invented; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="print-saoxi-mill-rules-text-footer",
        site="缫溪丝绸集团 打印页 (invented)",
        style="打印页",
        genre="制度",
        kind="other",
        form="text",
        source="https://www.saoxisilk.example.com/gsgl/print.php?id=2207",
        title="缫丝车间蒸汽锅炉安全管理规定",
        record_title="缫丝车间蒸汽锅炉安全管理规定 - 打印",
        date="2025-03-18",
        record_date="2025-03-18",
        notes="a text print view: print/close at top, URL and print stamp, a print footer in a form of our own (⋯ 1 / 1 ⋯), articles about 打印 the inspection sheet kept; date in the record",
        page="""
!a 〔打印本页〕　〔关闭〕
!m 缫溪丝绸集团有限公司　企业管理
!t 缫丝车间蒸汽锅炉安全管理规定
!m 原文地址：https://www.saoxisilk.example.com/gsgl/2207.html
{BODY}
!m 打印于 2025-04-02 08:15
!p ⋯ 1 / 1 ⋯
""",
        body="""
第一条　锅炉操作人员必须持证上岗，每班不得少于两人。
第二条　锅炉运行期间，操作人员每小时检查一次水位、压力和安全阀，并填写运行记录。
第三条　运行记录每周打印一份，由车间主任签字后交安全科存档。
第四条　发现压力异常升高，应立即停炉并报告，严禁带病运行。
第五条　本规定自2025年3月18日起施行。
缫溪丝绸集团有限公司安全科
2025年3月18日
""",
    ),
    dict(
        slug="mail-saoxi-cocoon-purchase-reply-chain",
        site="缫溪丝绸集团邮件 (invented)",
        style="邮件转发",
        genre="请示",
        kind="request",
        form="text",
        source="mailto:gyb@saoxisilk.example.com",
        title="关于增加秋茧收购资金的请示",
        record_title="答复：Re: 关于增加秋茧收购资金的请示.docx",
        title_in="file-name",
        date="2025-09-22",
        date_also=["2025-09-23"],
        notes="a mail reply chain: 答复/Re headers, a quoted reply above the forwarded document, a mail's own 附件 header next to the document's 附件 list kept, a mobile-signature line; send date differs from the 请示's date",
        page="""
!m 发件人：财务部 金悦
!m 时间：2025-09-23 14:06
!m 主题：答复：Re: 关于增加秋茧收购资金的请示.docx
!m 附件：关于增加秋茧收购资金的请示.docx（32KB）
!l 收到，已转集团领导审批，批复后另行通知。
!m > 原始邮件 > 发件人：供应部 顾长林
{BODY}
!a 发自我的手机邮箱
""",
        body="""
集团公司：
今年秋季蚕茧量增价升，预计收购量比计划增加一百二十吨，原定收购资金缺口约八百万元。
为保障秋茧收购顺利进行，维护蚕农利益，特申请增加秋茧收购资金八百万元，资金来源拟通过银行流动资金贷款解决。
妥否，请批示。
附件：秋茧收购资金测算表
缫溪丝绸集团供应部
2025年9月22日
""",
    ),
    dict(
        slug="gov-saoxi-raw-silk-subsidy-html",
        site="缫溪县人民政府 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.saoxi.example.gov.cn/zfxxgk/fdzdgknr/tzgg/202604/t20260410_51190.html",
        title="缫溪县2026年蚕桑产业发展补助资金申报指南",
        record_title="缫溪县2026年蚕桑产业发展补助资金申报指南 - 缫溪县人民政府",
        date="2026-04-10",
        notes="modern county portal with an info-disclosure index table, a subsidy table, the bureau's own 咨询电话 and 邮箱 next to the 12345 line, a 'view in app' QR row, a rating box; file list kept",
        page="""
<!DOCTYPE html><html lang="zh"><head><meta charset="utf-8"><title>缫溪县2026年蚕桑产业发展补助资金申报指南 - 缫溪县人民政府</title>
<script src="/js/common.js"></script><script>if(window.innerWidth<768){document.body.className='m';}</script></head><body>
<div class="top">⟦m 缫溪县人民政府⟧ ⟦a 无障碍⟧ ⟦a 适老化⟧ ⟦a 登录⟧</div>
<div class="nav">⟦m 首页 | 要闻动态 | 信息公开 | 办事服务 | 互动交流 | 数据开放⟧</div>
<div class="where">⟦m 首页 > 政府信息公开 > 法定主动公开内容 > 通知公告⟧</div>
<table class="xxgk"><tr><th>⟦m 索引号⟧</th><td>⟦m 002847061/2026-00412⟧</td><th>⟦m 发文机关⟧</th><td>⟦m 县农业农村局⟧</td></tr>
<tr><th>⟦m 成文日期⟧</th><td>⟦m 2026-04-10⟧</td><th>⟦m 有效性⟧</th><td>⟦m 有效⟧</td></tr></table>
<h1>⟦t 缫溪县2026年蚕桑产业发展补助资金申报指南⟧</h1>
<div class="article">
{BODY}
</div>
<div class="pj">⟦l 本页信息对您有帮助吗？ 有帮助 没帮助⟧</div>
<div class="qr">⟦a 扫一扫在手机打开当前页⟧</div>
<div class="foot">⟦m 网站标识码 3310250009⟧ ⟦m 浙ICP备12031055号⟧ ⟦m 政务服务热线 12345⟧</div>
</body></html>
""",
        body="""
为加快蚕桑产业转型升级，县财政安排蚕桑产业发展补助资金，现将申报有关事项明确如下。
一、补助对象和标准
项目　补助标准　申报条件
新建标准桑园　每亩800元　集中连片20亩以上
小蚕共育室　每平方米150元　面积100平方米以上
自动上蔟设备　购置价的30%　单台补助不超过2万元
二、申报材料
1.补助资金申请表；
2.土地流转合同或设备购置发票复印件。
三、申报时间：2026年4月15日至5月15日。
咨询电话：0571-6421 3378，邮箱：cansang@saoxi.example.gov.cn。
缫溪县农业农村局
2026年4月10日
""",
    ),
    dict(
        slug="fanwen-saoxi-mill-speech-pages",
        site="文海拾贝 (invented)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://www.wenhaishibei.example.com/jhg/qiye/2026/0108/9921.html",
        title="在缫溪丝绸集团2026年职工代表大会上的讲话",
        record_title="在缫溪丝绸集团2026年职工代表大会上的讲话（通用版）_文海拾贝",
        date="2026-01-08",
        notes="a 范文 site page cut by preview-converter markers (·第n页· glued at line starts in a form of our own) in a text with paragraphs apart; the speaker line and date under the title (neutral); a ghost-writer box and a hot list",
        pages=dict(fmt="·第{n}页·", every=140, start=2, glue=True),
        gap=True,
        page="""
!m 文海拾贝——公文写作资料库
!m 首页 » 讲话稿 » 企业讲话
!t 在缫溪丝绸集团2026年职工代表大会上的讲话（通用版）
集团董事长　钱慕丝
（2026年1月8日）
{BODY}
!w 讲话稿、述职报告急用？专业团队量身代写，24小时交稿　咨询Q 1803 55 2716
!l 本周热榜：1.企业年会致辞　2.职代会工作报告　3.安全生产会议讲话
""",
        body="""
各位代表、同志们：
过去的一年，面对生丝价格波动和订单下滑的不利局面，全体职工齐心协力，全年缫制生丝三百八十吨，实现销售收入四亿一千万元，职工人均收入增长百分之五。
今年，我们要重点抓好三件事：一是推进自动缫丝机改造，二是加强与蚕农的订单合作，三是开发高附加值的丝绸终端产品。
同志们，丝绸是缫溪的金名片，希望大家团结一心，为集团高质量发展再立新功。
""",
    ),
    dict(
        slug="wenku-sangmo-shuzhi-report-viptail",
        site="百汇文库 (invented)",
        style="文库预览",
        genre="述职报告",
        kind="report",
        form="text",
        source="https://wenku.baihui.example.com/d/77f0c31ab2.html",
        title="蚕种场技术科科长2025年述职报告",
        record_title="【精编】蚕种场技术科科长2025年述职报告（可直接使用）",
        date="2025-12-20",
        notes="a paid 文库 preview: uploader line, rating stars, page markers as glued line starts in an indented text (P{n}), a pay prompt and report button; 成文日期 under the signature",
        indent="    ",
        pages=dict(fmt="P{n} ", every=120, start=2, glue=True),
        page="""
!m 百汇文库 > 述职报告 > 技术岗位
!t 【精编】蚕种场技术科科长2025年述职报告（可直接使用）
!m ★★★★☆ 4.6分 | 上传者：桑梓文库号 | 共6页
{BODY}
!a 付费内容：完整版 ¥4.90，购买后可下载可编辑
!a 举报　|　下载　|　收藏
""",
        body="""
各位领导、同事们：
2025年，我担任场技术科科长，在场党支部和场长的领导下，带领技术科全体人员，圆满完成了蚕种生产技术指导和质量检验任务。
一是抓好原蚕饲养技术管理，全年原蚕饲养成绩良好，制种合格率达到百分之九十八以上。
二是严格微粒子病检验，全年检验母蛾样本十二万只，没有发生一批次不合格蚕种出场。
三是加强自身学习，参加省级培训两次，撰写技术论文一篇。
不足之处是对年轻技术人员的传帮带还不够，明年我将着力改进。
述职人：吴思远
2025年12月20日
""",
    ),
    dict(
        slug="news-lingchuan-banding-record-html",
        site="荆楚晨报网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.jcchenbao.example.cn/news/shehui/2025-10-31/3376120.html",
        title="翎川环志站今秋环志鸟类突破一万只",
        record_title=None,
        date="2025-10-31",
        notes="a city daily's site: no record title (the h1); an ad label between paragraphs; reporter line; a 'related reports' list; the report's quoted station head speaks of 下载 data as content",
        page="""
<html><head><meta charset="utf-8"><title>荆楚晨报网_荆楚晨报官方网站</title></head><body>
<div class="top">⟦m 荆楚晨报网⟧ ⟦m 新闻 | 社会 | 财经 | 文体 | 评论⟧ ⟦a 登录⟧</div>
<div class="bc">⟦m 荆楚晨报网 > 社会新闻⟧</div>
<h1>⟦t 翎川环志站今秋环志鸟类突破一万只⟧</h1>
<div class="meta">⟦m 2025-10-31 07:40　荆楚晨报　记者 申悦⟧</div>
<div class="art">
{BODY}
</div>
<div class="rel">⟦l 相关报道：候鸟迁徙季，翎川湿地迎来观鸟热⟧</div>
<div class="ft">⟦d 荆楚晨报网版权所有，未经授权不得转载⟧</div>
</body></html>
""",
        body="""
记者从翎川湿地保护中心获悉，截至10月29日，翎川鸟类环志站今年秋季已环志鸟类一万零二百一十六只，创下建站以来同期最高纪录。
今年环志的鸟类共有九十四种，其中国家二级保护鸟类七种。
⟦a 广告⟧
环志站站长宋晴介绍，环志数据每周汇交全国鸟类环志中心，研究人员可以在线下载汇总数据，用于分析鸟类迁徙规律。
她说，今年秋季有两只在翎川环志的灰背鸫被俄罗斯远东地区的研究人员回收，这说明翎川是候鸟迁徙路线上的重要停歇地。
""",
    ),
    dict(
        slug="forum-zhuyuan-weavers-board-oneline-junk",
        site="织女坊论坛 (invented)",
        style="论坛",
        genre="经验",
        kind="essay",
        form="text",
        source="http://www.zhinvfang.example.net/viewtopic.php?t=31288",
        title="夏布绩纱入门：新手最容易犯的五个错误",
        record_title="夏布绩纱入门：新手最容易犯的五个错误 - 手织天地 - 织女坊论坛",
        date="2025-06-03",
        notes="a handweavers' forum: the whole post on one line with glued junk; 发表于 as the page's date; a poster's rank line and a reply form",
        oneline=True,
        junk=dict(lines=0, glued=2),
        page="""
!m 织女坊论坛 » 手织天地
!t 夏布绩纱入门：新手最容易犯的五个错误
!m 作者：苎麻阿婆　等级：织坊元老　发表于：2025-06-03 10:22
{BODY}
!l [回复] [引用] [编辑]
!l 快速回复 —— 请遵守论坛规则，文明发言
""",
        body="""
很多新手跟我学绩纱，最常犯的是这五个错误，我挨个说一说。
第一是劈丝太粗，粗细不匀，织出来的布就会一道粗一道细。
第二是接头不牢，绩的时候要把两头捻紧，用手指搓三到五下。
第三是纱不够湿，苎麻要保持湿润，干了容易断。
第四是心急求快，绩纱是慢功夫，一天能绩二两就很好了。
第五是不分拣原料，不同部位的麻丝要分开绩，不能混在一起。
""",
    ),
    dict(
        slug="wechat-paling-harvest-festival-html",
        site="杷岭发布 公众号镜像 (invented)",
        style="公众号镜像",
        genre="通知",
        kind="notice",
        form="html",
        source="https://wxmirror.example.net/paling-fabu/2025-04-28-2",
        title="第十届杷岭枇杷采摘节活动安排来了！",
        record_title="第十届杷岭枇杷采摘节活动安排来了！",
        date="2025-04-28",
        record_date="2025-04-28",
        notes="WeChat mirror: account header, 'star this account' prompt, an activity table, a sentence asking readers to 关注 and 转发 as content; reward and comment rows; date in the record",
        page="""
<html><head><meta charset="utf-8"><title>第十届杷岭枇杷采摘节活动安排来了！</title></head><body>
<div class="acct">⟦m 杷岭发布⟧ ⟦m 杷岭县委宣传部官方账号⟧</div>
<h1>⟦t 第十届杷岭枇杷采摘节活动安排来了！⟧</h1>
<div class="t">⟦m 杷岭发布　2025-04-28 17:45　福建⟧</div>
<p>⟦a 点击蓝字关注我们，记得设为星标⭐⟧</p>
{BODY}
<p>⟦m 来源：县文旅局　编辑：林可　校对：陈宁⟧</p>
<div class="end">⟦a 分享　收藏　点赞　在看⟧</div>
<div class="cmt">⟦l 写留言⟧ ⟦l 留言区：已经约好朋友周末去了！⟧</div>
</body></html>
""",
        body="""
五月枇杷黄，又到杷岭采摘时！第十届杷岭枇杷采摘节将于5月10日开幕，活动安排如下。
日期　活动　地点
5月10日　开幕式暨枇杷王评选　白沙镇枇杷文化园
5月10日至25日　果园采摘体验　全县12个采摘园
5月17日　枇杷主题摄影大赛　岭上村
采摘期间，各采摘园统一价格，每斤不超过15元。
欢迎大家关注“杷岭发布”，转发给身边的朋友，一起来杷岭尝鲜！
杷岭县文化和旅游局
2025年4月28日
""",
    ),
    dict(
        slug="qa-saoxi-silk-quilt-answer-forum-junk",
        site="问问万家 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://wen.wanjia.example.com/q/2258871",
        title="蚕丝被怎么分辨真假？",
        record_title=None,
        date="2025-11-02",
        notes="a Q&A page: no record title (the question heading, also a repeated title); an expert's 回答于 line; a recommended-answer label and other answers with relative times; an ad line between paragraphs",
        page="""
!m 问问万家 › 家居生活
!m 问题
{T}
!m 3 个回答　·　1.2万 次浏览
!m 缫溪丝绸质检员 老吴　回答于 2025-11-02
{BODY}
!a 👍 1834 人觉得有用　|　收藏　|　分享
!l 更多回答：小丝：我一般看标签上的蚕丝含量　6天前
""",
        body="""
分辨蚕丝被真假，可以从下面几个方面看。
一看标签，正规蚕丝被会标明填充物的蚕丝含量，百分之百桑蚕丝的才叫纯蚕丝被。
二是拉开拉链看填充物，真蚕丝是一层一层的丝绵，用手能拉开成网状，化纤棉则是一团一团的。
⟦a 【广告】缫溪老字号蚕丝被，工厂直发，点此领券⟧
三可以抽几根丝用火烧，真蚕丝燃烧时有烧头发的气味，灰烬一捻就碎，化纤则会结成硬块。
买的时候尽量选择有信誉的品牌和实体店，保留好购物凭证。
""",
    ),
    dict(
        slug="blog-zhuyuan-dyer-diary-wrapped",
        site="苎麻与蓝 (invented)",
        style="博客",
        genre="随笔",
        kind="essay",
        form="text",
        source="https://zhumayulan.example-blog.cn/2025/09/07/dye-vat",
        title="守着染缸的第九个年头",
        record_title="【随记】守着染缸的第九个年头 | 苎麻与蓝",
        date="2025-09-07",
        notes="a dyer's blog hard-wrapped at 56 columns with an indent; a bracketed post time line; tags and prev/next; a visit counter; a sentence of the text about 扫码 orders is content",
        wrap=56,
        indent="  ",
        page="""
!m 苎麻与蓝 ～ 一个夏布染匠的日常
!t 守着染缸的第九个年头
!m 【2025-09-07 22:18】 | 心情随笔 | 阅读(96)
{BODY}
!l Tags：夏布 草木染 手艺
!l 上一篇：雨季的晾布架 | 下一篇：给学生上的第一堂染色课
!m 本博客已运行 3102 天　访问量 88213
""",
        body="""
今年是我守着这几口染缸的第九个年头，用的还是父亲留下的老方子，板蓝根发酵，一缸蓝要养上半个月才能用。
夏布吃色慢，一匹布要反复浸染七八次，每次浸完都要拿出来氧化，颜色才会一点点从黄绿变成深蓝。
这两年来买布的年轻人多了，有人扫码在小店下单，有人专门从外地跑来看我染布，这让我觉得这门手艺还有盼头。
只要还有人喜欢，我就会一直守着这几口缸。
""",
    ),
    dict(
        slug="mail-zhuyuan-exhibit-newsletter-forward",
        site="苎原县文化馆 邮件简报 (invented)",
        style="邮件转发",
        genre="简报",
        kind="other",
        form="text",
        source="mailto:jianbao@zywhg.example.org.cn",
        title="苎原县文化馆工作简报（2025年第9期）",
        record_title="Fw: 苎原县文化馆工作简报（2025年第9期）",
        date="2025-09-30",
        notes="a forwarded mailed newsletter: Fw headers, an unsubscribe line and a mail-client banner; the newsletter's own 报送/抄送 版记 lines kept; an 'open in browser' action",
        page="""
!m 发件人：苎原县文化馆 <jianbao@zywhg.example.org.cn>
!m 收件人：县直文化单位通讯员
!m 日期：2025年10月8日 16:40
!m 主题：Fw: 苎原县文化馆工作简报（2025年第9期）
!a 邮件显示不正常？点此在浏览器中查看
{BODY}
!a 如不希望再收到此类邮件，请点击退订
!d 本邮件及附件仅供收件人使用，如误收请删除。
""",
        body="""
一、夏布技艺展在县博物馆开展
9月18日，“经纬苎乡——苎原夏布技艺展”在县博物馆开展，展出夏布织品和工具一百二十余件，展期至12月31日。
二、非遗进校园活动启动
本月，县文化馆组织夏布、剪纸传承人走进六所中小学，开展非遗课堂十二场。
三、群众文艺汇演圆满结束
9月26日，全县群众文艺汇演在人民剧场举行，十四个乡镇的文艺队伍参加演出。
报送：县委宣传部、县文旅局
抄送：各乡镇文化站
苎原县文化馆办公室　2025年9月30日印发
""",
    ),
    dict(
        slug="print-lingchuan-patrol-plan-html",
        site="翎川湿地保护中心 打印页 (invented)",
        style="打印页",
        genre="方案",
        kind="plan",
        form="html",
        source="https://www.lcsd.example.org/print/article/2025-09-15.html",
        title="翎川湿地2025年秋冬季候鸟保护巡护方案",
        record_title="打印预览 - 翎川湿地2025年秋冬季候鸟保护巡护方案",
        date="2025-09-15",
        notes="an HTML print preview: a noprint toolbar, the site's URL and a print timestamp; a patrol table; a print footer in our own form (— p.1 of 1 —); a document number (neutral)",
        page="""
<html><head><meta charset="utf-8"><title>打印预览 - 翎川湿地2025年秋冬季候鸟保护巡护方案</title></head><body>
<div class="noprint">⟦a 打印预览⟧ ⟦a 🖨 打印⟧ ⟦a ✕ 关闭⟧</div>
<p>⟦m 网址：https://www.lcsd.example.org/gzdt/2025-09-15.html⟧</p>
<h2>⟦t 翎川湿地2025年秋冬季候鸟保护巡护方案⟧</h2>
<p>翎湿〔2025〕22号</p>
{BODY}
<p>⟦m 打印时间：2025年10月12日 09:03⟧</p>
<p>⟦p — p.1 of 1 —⟧</p>
</body></html>
""",
        body="""
为切实保护秋冬季过境和越冬候鸟，制定本巡护方案。
一、巡护时间：2025年10月1日至2026年3月31日。
二、巡护分组
组别　巡护区域　负责人
第一组　核心区北片　郝立
第二组　核心区南片　孙玲
第三组　缓冲区及周边村庄　钱峰
三、巡护要求：每日白天巡护两次，候鸟高峰期增加夜间巡护，发现违法行为立即制止并报告。
翎川湿地保护中心
2025年9月15日
""",
    ),
]
