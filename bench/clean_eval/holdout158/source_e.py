"""holdout158, part E: horse-drawn carriages (马车) in old towns and scenic areas. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="news-oldtown-carriages-resume",
        site="璎湖晚报网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.yhwb.com.cn.invalid/shehui/2025-04/02/content_301877.htm",
        title="古镇观光马车经整改后恢复运营 每车加装尿兜和限速装置",
        record_title="古镇观光马车经整改后恢复运营 每车加装尿兜和限速装置_社会_璎湖晚报网",
        date="2025-04-02",
        notes="news as text: time line is the date; photo caption between paragraphs; related-news list",
        page="""
!m 璎湖晚报网 > 社会新闻
{T}
!m 2025-04-02 07:45:12　来源：璎湖晚报　作者：记者 汤晓萌 通讯员 丁一
!a 字号：T|T　　分享：
{BODY}
!m 【责任编辑：贾若楠】
!l 相关新闻：
!l 古镇游客服务中心清明假期延时开放
!l 璎湖今年将新增3条旅游公交线路
!d 璎湖晚报网版权所有，未经书面授权不得转载。
""",
        body="""
停运两个月的老街古镇观光马车4月1日恢复运营。记者在现场看到，12辆马车全部加装了尿兜和GPS限速装置，车身两侧新喷涂了编号和监督电话。
今年1月，有游客反映马车在石板路上行驶过快、马粪影响环境。古镇管委会随即暂停马车运营，组织经营户整改。
⟦m 图：恢复运营的观光马车驶过古镇西街。记者 汤晓萌 摄⟧
古镇管委会相关负责人介绍，马车行驶速度不得超过每小时8公里，只能在规定线路运行，每天18时后停止运营。
""",
    ),
    dict(
        slug="forum-carriage-drivers-discuz-jammer",
        site="马友之家论坛 (invented)",
        style="论坛",
        genre="经验帖",
        kind="post",
        form="html",
        source="https://bbs.mayouzhijia.com.invalid/forum.php?mod=viewthread&tid=77120",
        title="赶了八年观光马车，说说夏天怎么照顾好马",
        record_title="赶了八年观光马车，说说夏天怎么照顾好马 - 养马交流 - 马友之家",
        date="2025-07-11",
        notes="Discuz-like HTML thread with jammer fonts; 发表于 is the page's date; replies and signature are chrome",
        junk=dict(lines=1, glued=2),
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>赶了八年观光马车，说说夏天怎么照顾好马 - 养马交流 - 马友之家</title>
<style>.jammer{color:#fff;font-size:0}</style></head><body>
<div id="hd">⟦m 马友之家 — 爱马人的网上驿站⟧ ⟦a 登录⟧ ⟦a 立即注册⟧</div>
<div id="pt">⟦m 马友之家 › 交流区 › 养马交流⟧</div>
<h1>{T}</h1>
<div class="authi">⟦m 车把式老胡　发表于 2025-7-11 21:05⟧ ⟦a 只看该作者⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="sign">⟦m 签名：马是伙计，不是机器。⟧</div>
<div class="pl">⟦l 沙发　草原上的风：学习了，收藏！⟧<br>⟦l 板凳　小白马：请问电解质粉哪里买？⟧</div>
<div class="fast">⟦a 发表回复⟧ ⟦l 回帖后跳转到最后一页⟧</div>
<div id="ft">⟦m Powered by Discuz! X3.5　© 2011-2025 马友之家⟧</div>
</body></html>
""",
        body="""
我在景区赶观光马车八年了，每年夏天都有同行的马中暑，今天把我自己的做法写出来，给大家参考。
第一，避开最热的时段。中午12点到下午3点坚决不出车，哪怕游客再多也一样。
第二，水要给够。每跑两趟就让马喝一次水，水里可以兑一点电解质粉。
第三，收车后先遛马再冲凉。刚跑完不能马上用冷水冲，先牵着走十分钟，等呼吸平稳了再从四肢往上冲。
马是我们吃饭的伙计，它舒服了，咱们的生意才能长久。
""",
    ),
    dict(
        slug="community-carriage-route-adjustment-notice",
        site="瑷川县西门社区服务网 (invented)",
        style="社区网站",
        genre="通告",
        kind="notice",
        form="text",
        source="http://www.ximensq.cn.invalid/gg/2025/0916.html",
        title="关于古城观光马车线路临时调整的通告",
        record_title="【居民须知】关于古城观光马车线路临时调整的通告",
        date="2025-09-16",
        notes="community site as text: detour table kept; the community's 举报电话 kept next to the site's grid hotline",
        page="""
!m 西门社区服务网 · 网格连万家
!m 首页 / 社区通告
!t 【居民须知】关于古城观光马车线路临时调整的通告
!m 发布：西门社区居委会　2025-09-16　浏览 402
{BODY}
!w 网格服务热线：0571-86901234（24小时）
!l 上一条：中秋社区邻里宴报名通知
!d 本站由西门社区居委会维护
""",
        body="""
因府前街雨污管网改造施工，自2025年9月20日至11月30日，古城观光马车线路临时调整如下：
原线路　调整后线路
府前街—钟楼—南门　文庙巷—钟楼—南门
南门—城隍庙—府前街　南门—城隍庙—文庙巷
调整期间，马车停靠点由府前街口临时移至文庙巷口。请沿线居民注意出行安全，看管好老人和儿童。
如发现马车不按规定线路行驶，可拨打社区举报电话0571-86905528。
西门社区居民委员会
2025年9月16日
""",
    ),
    dict(
        slug="print-carriage-operation-measures-html",
        site="珰口县文化和旅游局 打印页 (invented)",
        style="打印页",
        genre="管理办法",
        kind="rules",
        form="html",
        source="http://wlj.dangkou.gov.cn.invalid/print/art_3371_99210.html",
        title="珰口县景区观光马车运营管理办法",
        record_title="打印预览 - 珰口县景区观光马车运营管理办法",
        date="2025-03-25",
        notes="print view HTML: print/close buttons and print footer are chrome; articles that speak of 扫码 and 打印 kept",
        page="""
<html><head><meta charset="utf-8"><title>打印预览 - 珰口县景区观光马车运营管理办法</title>
<style>@media print{.noprint{display:none}}</style></head><body>
<div class="noprint">⟦a [打印本页] [关闭窗口]⟧</div>
<h2>{T}</h2>
<p>⟦m 珰口县文化和旅游局　2025-03-28⟧</p>
{BODY}
<p>⟦m 链接地址：http://wlj.dangkou.gov.cn.invalid/art/2025/3/28/art_3371_99210.html⟧</p>
<p>⟦p ［第 1 页，共 1 页］⟧</p>
</body></html>
""",
        date_also=["2025-03-28"],
        body="""
第一条 为规范景区观光马车运营，保障游客人身安全，维护景区环境卫生，制定本办法。
第二条 观光马车实行统一编号、统一着装、统一价格。每辆马车须在车身显著位置张贴收费标准和投诉二维码，游客扫码即可评价和投诉。
第三条 驾车人员须年满22周岁，经县文化和旅游局组织的培训考核合格。
第四条 马匹须按规定免疫，由运营单位建立健康档案，每月打印一次免疫记录报景区管委会备案。
第五条 本办法自2025年4月1日起施行。
珰口县文化和旅游局
2025年3月25日
""",
    ),
    dict(
        slug="mail-fwd-carriage-safety-inspection-html",
        site="企业邮箱 转发 (invented)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="html",
        source="mail://fwd/2025-08-04/guzhen-glwh",
        title="关于开展观光马车汛期安全检查的通知",
        record_title="转发：关于开展观光马车汛期安全检查的通知",
        date="2025-08-01",
        date_also=["2025-08-04"],
        notes="webmail HTML: mail headers and forwarder's note are chrome; 附件 and 抄送 of the document kept",
        page="""
<html><head><meta charset="utf-8"><title>转发：关于开展观光马车汛期安全检查的通知</title></head><body>
<div class="mailhd">
<div>⟦m 发件人：古镇管委会综合办 &lt;zhb@guzhen-gwh.cn.invalid&gt;⟧</div>
<div>⟦m 收件人：各马车运营队⟧</div>
<div>⟦m 时　间：2025年8月4日 星期一 08:52⟧</div>
<div>⟦t 主　题：转发：关于开展观光马车汛期安全检查的通知⟧</div>
</div>
<p>⟦w 各位队长：请转发各车主，周五前反馈。综合办 小蔡⟧</p>
<p>⟦w -------- 原始邮件 --------⟧</p>
{BODY}
<div class="mailft">⟦a 回复　全部回复　转发　删除⟧</div>
<div>⟦d 本邮件由企业邮箱系统发送，请勿直接回复系统通知。⟧</div>
</body></html>
""",
        body="""
各马车运营队：
近期强降雨频繁，古镇石板路湿滑，为确保观光马车运营安全，决定于8月5日至8月15日开展汛期安全检查。
一、检查内容：车轮制动、马掌防滑、车篷防雨、驾车人员持证情况。
二、工作要求：各运营队先行自查，填写自查表，8月8日前报综合办；管委会将组织抽查，对不合格车辆暂停运营。
三、遇暴雨、雷电等天气，一律停止运营。
附件：观光马车汛期安全自查表
古镇管理委员会
2025年8月1日
抄送：县文化和旅游局、县交通运输局
""",
    ),
    dict(
        slug="lawfirm-carriage-injury-liability-lecture-wrapped",
        site="珙湾正衡律师事务所 (invented)",
        style="律所网站",
        genre="讲稿",
        kind="lecture",
        form="text",
        source="http://www.zhenghenglawyer.com.invalid/jiangtang/2025-05.html",
        title="观光马车伤人，谁来承担责任？",
        record_title="法律讲坛丨观光马车伤人，谁来承担责任？",
        date="2025-05-22",
        notes="law firm as text, hard-wrapped at 60 columns; consult prompt between paragraphs on a line of its own",
        wrap=60,
        page="""
!m 正衡律师事务所 · 专业 诚信 担当
!m 首页 » 法律讲坛
!t 法律讲坛丨观光马车伤人，谁来承担责任？
!m 主讲：邱思远 律师　日期：2025-05-22
{BODY}
!w 如需法律帮助，请致电律所前台 0574-87301155 预约面谈
!d 以上内容仅供普法参考，具体案件请咨询专业律师。
""",
        body="""
景区里坐马车，是很多游客喜欢的项目。但马受惊伤人的事故时有发生，责任怎么划分，今天和大家聊一聊。
第一，饲养的动物造成他人损害的，动物饲养人或者管理人应当承担侵权责任；能够证明损害是被侵权人故意或者重大过失造成的，可以不承担或者减轻责任。
⟦w 点击右侧“在线咨询”，律师10分钟内回复⟧
第二，游客乘坐马车受伤，还可以依据旅游服务合同，要求经营者承担违约责任。
第三，景区管理者未尽到安全保障义务的，应当承担相应的补充责任。
建议经营者为马车购买公众责任险，游客乘坐时也要听从驾车人员指挥。
""",
    ),
    dict(
        slug="assoc-carriage-operators-pledge",
        site="玑湖市旅游协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="proposal",
        form="text",
        source="http://www.jhlyxh.org.invalid/xhdt/show-612.html",
        title="观光马车文明经营倡议书",
        record_title="【行业自律】观光马车文明经营倡议书-玑湖市旅游协会",
        date="2025-04-28",
        notes="association as text: join prompt and footer are chrome; pledge list kept",
        page="""
!m 玑湖市旅游协会
!m 协会首页 | 协会动态 | 行业自律 | 会员风采 | 入会指南
!t 【行业自律】观光马车文明经营倡议书-玑湖市旅游协会
!m 来源：协会秘书处　时间：2025年04月28日
{BODY}
!a 我要入会 >>
!m 协会地址：玑湖市湖滨路12号旅游大厦6楼　电话：0578-2219806
""",
        body="""
全市观光马车经营户：
“五一”假期即将到来，为展示玑湖良好旅游形象，协会向全体马车经营户发出如下倡议：
一、明码标价，不拉客、不宰客、不擅自加价。
二、安全驾驶，不超载、不超速、不在人群密集处停留。
三、爱护环境，马匹佩戴粪兜，及时清理路面。
四、文明服务，着统一服装，使用文明用语，主动为游客讲解景点。
让我们共同营造安全、文明、有序的旅游环境。
玑湖市旅游协会
2025年4月28日
""",
    ),
    dict(
        slug="snapshot-carriage-permit-publicity-html",
        site="快照 · 瑢州市行政审批局 (invented)",
        style="搜索快照",
        genre="公示",
        kind="publicity",
        form="html",
        source="http://snapshot.kuaizhao.net.invalid/?url=spj.rongzhou.gov.cn/gs/20250703.html",
        title="关于观光马车经营许可拟准予情况的公示",
        record_title="关于观光马车经营许可拟准予情况的公示_百快照",
        date="2025-07-03",
        notes="snapshot frame HTML: snapshot header and highlight note are chrome; list table and objection phone kept",
        page="""
<html><head><meta charset="utf-8"><title>关于观光马车经营许可拟准予情况的公示_百快照</title></head><body>
<div class="snaphd">⟦d 百快照：以下是该网页在 2025-07-09 12:40:03 的快照，仅供参考。⟧ ⟦a 查看原网页⟧</div>
<div class="hl">⟦m 以下关键词已被标亮：马车 许可⟧</div>
<hr>
<div class="orig">
<div>⟦m 瑢州市行政审批局⟧</div>
<h3>{T}</h3>
{BODY}
</div>
<div>⟦m 瑢州市行政审批局 版权所有　技术支持：瑢州市信息中心⟧</div>
</body></html>
""",
        body="""
根据《瑢州市景区观光马车管理规定》，经审查，拟准予以下3家单位观光马车经营许可，现予公示。
序号　申请单位　申请车辆数
1　瑢州市古驿道旅游服务有限公司　6辆
2　南湖湿地公园管理处　4辆
3　瑢州市田园牧歌农业观光专业合作社　3辆
公示期：2025年7月3日至7月9日。如有异议，请在公示期内向我局书面反映，联系电话：0770-3126615。
瑢州市行政审批局
2025年7月3日
""",
    ),
    dict(
        slug="anthology-carriage-driver-memoir-html",
        site="《鞭影》个人文集 (invented)",
        style="个人文集",
        genre="回忆录",
        kind="essay",
        form="html",
        source="http://bianying.wenji.cn.invalid/chapter/9.html",
        title="从拉货到拉客：我家的三代马车",
        record_title="《鞭影》第九章｜从拉货到拉客：我家的三代马车",
        date=None,
        notes="collection chapter HTML: no date; a year in the text is not a date; chapter nav is chrome",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>《鞭影》第九章｜从拉货到拉客：我家的三代马车</title></head><body>
<div class="bk">⟦m 鞭影 — 一个车把式的半辈子⟧</div>
<div class="nav">⟦l 目录⟧ ⟦l 上一章：爷爷的铜铃⟧ ⟦l 下一章：马儿老去的那个冬天⟧</div>
<h2>{T}</h2>
{BODY}
<div class="nav">⟦l ‹ 上一章⟧ ⟦l 回目录⟧ ⟦l 下一章 ›⟧</div>
<div class="cr">⟦d 本书文字版权归作者所有，转载须经同意。⟧</div>
</body></html>
""",
        body="""
我爷爷赶的是胶轮大车，拉的是粮食和石灰，一趟从村里到县城要走大半天。
到了我爸这一辈，大车换成了小马车，专门给镇上的供销社送货。1998年镇里通了公路，马车的活儿就少了。
没想到二十年后，古镇搞旅游，马车又派上了用场。我把家里的老车修了修，刷上红漆，挂上铜铃，成了古镇第一辆观光马车。
现在拉的不是粮食，是从四面八方来的游客。有人问我，赶了一辈子马车，累不累？我说，马车还在，日子就还有个响动。
""",
    ),
    dict(
        slug="corp-carriage-maker-news",
        site="瑆原牧野车辆制造有限公司 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.muyechevehicle.com.invalid/news/show-88.html",
        title="公司新款电助力观光马车通过省级产品鉴定",
        record_title="公司新款电助力观光马车通过省级产品鉴定 - 新闻动态 - 牧野车辆",
        date="2025-10-21",
        notes="company news as text: sales line and product ads are chrome; no document contact",
        page="""
!m 牧野车辆 · 专注特色观光车辆二十年
!w 订购热线：400-885-1302
!m 首页 ＞ 新闻动态 ＞ 公司新闻
{T}
!m 发布时间：2025-10-21　　浏览量：187
{BODY}
!l 推荐产品：欧式双座马车　复古四轮马车　景区电动花车
!a 在线留言 · 获取报价
!m Copyright © 瑆原牧野车辆制造有限公司　晋ICP备18007702号
""",
        body="""
10月18日，公司自主研发的MY-E3型电助力观光马车通过省工业和信息化厅组织的新产品鉴定。
该车在传统马车结构上加装了电助力系统和电子制动装置，上坡时由电机分担牵引力，可减轻马匹负担约40%，下坡时自动限速。
鉴定委员会认为，该产品兼顾了传统观光体验和动物福利，技术达到国内同类产品先进水平。目前，已有3家景区签订了试用协议。
""",
    ),
]
