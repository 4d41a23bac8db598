"""holdout216, part F: WeChat mirrors, residents' sites, cloud-drive previews, print views and forwarded mails.
Every case written by hand; invented sites, places, people and numbers.
"""

CASES = [
    dict(
        slug="wechat-yilin-post-tabletennis-tables-repaired",
        site="椸林社区 (invented WeChat account, mirrored on 号内搜)",
        style="公众号镜像",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.haoneisou.com/mp/yilinshequ/2024-05-28/9912.html",
        title="小区乒乓球台修好了！夜场开灯需扫码预约",
        record_title=None,
        date="2024-05-28",
        notes="WeChat mirror: no record title (the <h1>); a follow prompt glued before the first words; residents scan a "
        "code to book the lights (content); the account line's date is the page's date; 阅读原文/在看 rows",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>小区乒乓球台修好了！夜场开灯需扫码预约 - 椸林社区 - 号内搜</title>
</head><body>
<div class="hns-top">⟦m 号内搜⟧ ⟦m 公众号文章随时翻⟧ <a>⟦a 搜公众号⟧</a></div>
<div class="rich_media">
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta">⟦m 原创⟧ ⟦m 椸林社区⟧ ⟦m 2024-05-28 17:30⟧ ⟦m 发表于湖南⟧</div>
<div class="rich_media_content">
{BODY}
</div>
<div class="rm-tool">⟦a 阅读原文⟧ ⟦m 阅读 1835⟧ ⟦a 点赞 62⟧ ⟦a 在看 17⟧</div>
<div class="rm-qr">⟦a 长按识别二维码，关注椸林社区⟧</div>
</div>
<div class="hns-foot">⟦d 号内搜仅做公开文章的索引与转存，著作权归原公众号所有。⟧</div>
</body></html>
""",
        p_html='<section><p><span style="font-size:15px;">{}</span></p></section>',
        body="""
⟦a 点击上方蓝字，关注我们⟧亲爱的居民朋友们：
大家期待的好消息来了！中心花园的4张乒乓球台已于5月27日维修完毕，台面重新喷漆，球网全部更换，照明灯也换成了防眩光的LED灯。
为了避免夜间打球影响住户休息，夜场灯光实行预约开放：每天19:00—21:30，每场1小时，请扫描球台旁立牌上的二维码，在社区小程序里选择时段，预约成功后到场扫码开灯。
白天不需要预约，先到先打，每局结束请主动让位。
维修期间大家给了很多建议，社区都记下了。打完球记得把球拍和水瓶带走，一起爱护我们的球台！
椸林社区居民委员会
""",
    ),
    dict(
        slug="wechat-mengwa-article-folding-table-finger-safety",
        site="萌娃安全课 (invented WeChat account, mirrored on 公号拾遗)",
        style="公众号镜像",
        genre="科普文章",
        kind="other",
        form="text",
        source="https://gonghaoshiyi.net/a/mengwaanquan/20240912",
        title="折叠乒乓球台夹伤孩子手指，这几点要注意",
        record_title="折叠乒乓球台夹伤孩子手指，这几点要注意 | 萌娃安全课 · 公号拾遗",
        date="2024-09-12",
        notes="WeChat mirror text: the account line's date is the page's date; a star prompt glued before the first words; "
        "numbered tips; 阅读原文/在看 and share rows",
        page="""
!m 公号拾遗 — 好文章，留个底
!t 折叠乒乓球台夹伤孩子手指，这几点要注意
!m 萌娃安全课　2024年9月12日 20:05　浙江
{BODY}
!a 阅读原文　　分享　　在看
!m 阅读 3.1万　　点赞 408
!l 往期回顾：蹦床馆里的安全课｜儿童推拉门防夹指南
!d 本页内容转存自公众号“萌娃安全课”，如需删除请联系 shiyi_kefu@gonghaoshiyi.net
""",
        body="""
⟦a ★设为星标，安全提醒不错过⟧上周，一位家长在后台留言：家里新买的折叠乒乓球台，孩子收台面时把手指夹在了铰链处，送医后缝了三针。
折叠乒乓球台方便收纳，很多家庭都在用，但它的铰链、支架和滚轮都可能藏着风险。提醒家长注意以下几点：
1．收放台面一定由大人操作，收起时先锁好安全插销，再推到墙边。
2．告诉孩子不要把手放进铰链缝隙，也不要趴在收起的台面上玩。
3．台子推到位后，记得把滚轮刹车踩下去，防止台面倒下压伤人。
4．购买时选择带防夹设计和双重锁扣的产品，看清说明书上的适用年龄。
如果孩子手指被夹伤，先用清水冲洗，用干净纱布加压止血，出现变形或伤口较深，要尽快就医。
""",
    ),
    dict(
        slug="community-chailan-notice-tabletennis-table-repair",
        site="茝兰社区居民之家 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.chailan-sq.cn/tongzhi/2024/0722/188.html",
        title="关于3号楼前乒乓球台维修期间暂停使用的通知",
        record_title="关于3号楼前乒乓球台维修期间暂停使用的通知_居民通知_茝兰社区居民之家",
        record_date="2024-07-22",
        date="2024-07-22",
        notes="residents' site: weather line, a grid worker's box, property repair and night lines beside the notice's own "
        "咨询电话; record date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>关于3号楼前乒乓球台维修期间暂停使用的通知_居民通知_茝兰社区居民之家</title>
</head><body>
<div class="sq-top">⟦m 茝兰社区居民之家⟧ ⟦m 今天 7月22日 雷阵雨 26～33℃⟧</div>
<div class="sq-nav">⟦m 首页⟧ ⟦m 居民通知⟧ ⟦m 办事指南⟧ ⟦m 邻里活动⟧ ⟦m 党群服务⟧</div>
<div class="sq-loc">⟦m 首页 > 居民通知⟧</div>
<h2>{T}</h2>
<div class="sq-meta">⟦m 社区居委会　2024-07-22⟧</div>
<div class="sq-body">
{BODY}
</div>
<div class="grid-box"><p>⟦w 本网格员：方晓晴　手机 135 7721 0846⟧</p><p>⟦w 网格事项线上反映 ›⟧</p></div>
<div class="wy">⟦m 物业报修：0772-2579010　夜间值班：0772-2579011⟧</div>
<div class="sq-foot">⟦m 茝兰社区居民委员会　地址：橐城市兰亭路57号⟧</div>
</body></html>
""",
        body="""
各位居民：
3号楼前的两张乒乓球台使用多年，台面开裂、网架松动，近日有居民反映打球时台面晃动。为确保安全，社区联系物业对两张球台进行维修，现将有关事项通知如下：
一、维修时间：7月23日至7月30日，遇雨顺延。
二、维修期间球台四周拉设警戒线，请大家不要进入，也请家长看管好孩子，不要在施工区域玩耍。
三、维修期间想打球的居民，可以到社区活动中心二楼乒乓球室，开放时间为每天8:30—20:30。
给大家带来的不便，敬请谅解。
咨询电话：0772-2568320（社区居委会）
茝兰社区居民委员会
2024年7月22日
""",
    ),
    dict(
        slug="community-xiuyuan-notice-free-hygrometers-oneline",
        site="鸺园社区网 (invented, text capture)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.xiuyuan-sq.com/gg/2024/1202/55.html",
        title="为独居老人免费发放温湿度计的通知",
        record_title="【惠民】为独居老人免费发放温湿度计的通知 - 鸺园社区网",
        date="2024-12-02",
        notes="residents' site text: the whole body on one line; residents scan a code to register (content); the "
        "notice's own phone beside the property hotline; 成文日期",
        page="""
!m 鸺园社区网　·　家门口的服务站
!m 首页 ＞ 社区公告
{T}
!m 来源：鸺园社区居委会　　浏览：488
{BODY}
!m 物业24小时服务热线：0772-2630000
!l 上一条：鸺园社区冬季消防安全提示
!m 鸺园社区网 版权所有
""",
        indent="\u3000\u3000",
        oneline=True,
        body="""
各位居民：
入冬以来，气温起伏较大，独居老人家里忽冷忽热、过于干燥，容易引发感冒和呼吸道疾病。社区联合辖区爱心企业，为70岁以上独居老人免费发放电子温湿度计150只。
领取时间：12月5日至12月8日，每天9:00—11:30。
领取地点：社区党群服务中心一楼大厅。
请老人或家属携带身份证领取；行动不便的老人，家属可以扫描社区公告栏上的二维码登记，网格员将上门送达。
温湿度计放在卧室内离暖气较远的位置，室温低于16℃或湿度低于30%时，请及时调整取暖和加湿。
联系电话：0772-2631205
鸺园社区居委会
2024年12月2日
""",
    ),
    dict(
        slug="clouddrive-xiazi-plan-study-trip-trolley-cases",
        site="匣子网盘 (invented, share preview)",
        style="网盘分享",
        genre="方案",
        kind="plan",
        form="html",
        source="https://pan.xiazi.cn/s/1Qm7dKx2vTn",
        title="研学旅行学生行李（拉杆箱）集中托运工作方案",
        record_title="研学旅行学生行李（拉杆箱）集中托运工作方案.wps",
        date="2024-04-25",
        notes="cloud-drive share preview: the file name as the page title, link expiry, save/download buttons with VIP "
        "prompts; a plan with numbered steps; 成文日期",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>研学旅行学生行李（拉杆箱）集中托运工作方案.wps_免费高速下载|匣子网盘</title>
</head><body>
<div class="xz-top">⟦m 匣子网盘⟧ ⟦m 你的东西，放进匣子⟧ <a>⟦a 登录⟧</a> <a>⟦a 下载客户端⟧</a></div>
<div class="share-info"><h2>⟦t 研学旅行学生行李（拉杆箱）集中托运工作方案.wps⟧</h2>
<p>⟦m 分享者：实验中学八年级组　　分享时间：2024-04-27 18:02　　链接有效期：剩余6天⟧</p>
<p><button>⟦a 转存到我的网盘⟧</button> <button>⟦a 下载（32KB）⟧</button> <button>⟦a 开通超级匣子 享极速下载⟧</button></p></div>
<div class="preview"><p>⟦d 以下为文档预览，排版可能与原文件不同⟧</p>
<h3>{T}</h3>
{BODY}
</div>
<div class="vip-tip">⟦a 非会员仅可预览前3页，开通超级匣子查看完整文档⟧</div>
<div class="xz-foot">⟦d 匣子网盘严禁分享违法违规内容，发现请举报。⟧ ⟦m © 2024 匣子网盘 xiazi.cn⟧</div>
</body></html>
""",
        body="""
为做好2024年春季八年级研学旅行学生行李托运工作，确保学生行李安全、有序送达营地，制定本方案。
一、托运范围：八年级12个班共586名学生的拉杆箱，每人限带1只，尺寸不超过24寸，重量不超过15公斤。
二、托运流程
（一）5月6日下午，学生在拉杆箱把手上系好学校统一发放的彩色行李牌，写明班级、姓名和家长电话。
（二）5月7日6:30，各班在操场按班级摆放拉杆箱，由班主任清点后交物流公司装车。
（三）到达营地后，由营地工作人员按班级卸车，学生凭行李牌领取。
三、安全要求：拉杆箱内不得放置打火机、刀具等物品，充电宝、贵重物品和常用药品随身携带。
四、职责分工：年级组负责组织协调，总务处负责联系车辆，各班主任负责本班清点。
橐城市实验中学
2024年4月25日
""",
    ),
    dict(
        slug="clouddrive-yunsi-instruction-coldstore-hygrometer-markers",
        site="云笥网盘 (invented, text preview)",
        style="网盘分享",
        genre="作业指导书",
        kind="other",
        form="text",
        source="https://www.yunsipan.com/share/init?surl=Hx83kQ",
        title="冷库温湿度计校准作业指导书",
        record_title="冷库温湿度计校准作业指导书.pdf",
        date=None,
        notes="cloud-drive text preview: file-name record title; '⸪第n页⸪' page markers on lines of their own cutting "
        "sentences; decimal headings 3.1–4.2; a document number line (neutral); no date",
        page="""
!m 云笥网盘 · 文件预览
!t 冷库温湿度计校准作业指导书.pdf
!m 3.2 MB　｜　分享于 2 天前　｜　浏览 88 次
!a 保存到云笥　　下载　　举报
文件编号：YL-WI-017　版本：A/1
{T}
{BODY}
!a 预览到此结束，登录后可查看全部页面
!d 云笥网盘仅提供存储服务，文件内容由分享者负责。
""",
        pages=dict(fmt="⸪第{n}页⸪", every=120, start=2),
        body="""
1　目的
规范冷库温湿度计的校准操作，确保冷库温湿度监测数据准确可靠，满足药品和食品冷链储存的要求。
2　适用范围
适用于本公司冷藏库、冷冻库使用的电子温湿度计和监测探头的内部校准。
3　校准步骤
3.1　将被校温湿度计与标准温湿度计并排放置在冷库中部货架上，两者探头间距不超过10厘米。
3.2　关闭库门，稳定30分钟后，每隔5分钟同时读数一次，连续读数6次并逐次记录。
3.3　计算平均偏差，温度偏差超过0.5℃或湿度偏差超过3%RH的，判为不合格。
4　结果处理
4.1　合格的温湿度计粘贴绿色校准标签，注明本次和下次校准日期。
4.2　不合格的立即停止使用，送有资质的计量机构检定或报废处理。
5　记录
校准记录由质量部保存，保存期限不少于5年。
""",
    ),
    dict(
        slug="print-guiyuan-letter-idle-filing-cabinets",
        site="匦原县统计局 (invented, print view)",
        style="打印页",
        genre="函",
        kind="letter",
        form="html",
        source="http://tjj.guiyuan.gov.cn/print.jsp?id=20241028-03",
        title="关于商请调拨闲置文件柜的函",
        record_title="〔打印视图〕关于商请调拨闲置文件柜的函 - 匦原县统计局",
        date="2024-10-28",
        notes="print view calling window.print(): print toolbar, print stamp (no date) and a print footer '☲ 第1页 共1页 "
        "☲' closing the page; the letter's own contact; 成文日期",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>〔打印视图〕关于商请调拨闲置文件柜的函 - 匦原县统计局</title>
<style>@media print{.noprint{display:none}}</style>
<script>window.onload=function(){window.print();}</script>
</head><body>
<div class="noprint">⟦a 〔打印〕⟧ ⟦a 〔关闭打印窗口〕⟧</div>
<div class="pr-head">⟦m 匦原县统计局 · 政务公开⟧</div>
<h2 style="text-align:center">{T}</h2>
<div class="pr-body">
{BODY}
</div>
<div class="pr-stamp">⟦m 打印时间：2024-11-02 09:14　　网址：tjj.guiyuan.gov.cn⟧</div>
<div class="pr-foot">⟦p ☲ 第1页 共1页 ☲⟧</div>
</body></html>
""",
        body="""
县机关事务服务中心：
我局将于11月开展第五次全国经济普查资料整理归档工作，普查表册、台账等纸质资料约3200册，现有文件柜已无法容纳。
据了解，贵中心近期接收了部分单位搬迁后闲置的钢制文件柜。为节约财政资金，特商请贵中心调拨闲置钢制文件柜8组给我局使用，搬运由我局自行负责。
如蒙同意，请于11月8日前函复。
联系人：聂文涛，电话：0736-7803312
匦原县统计局
2024年10月28日
""",
    ),
    dict(
        slug="print-goushan-summary-badminton-village-month",
        site="岣山镇人民政府 (invented, text print view)",
        style="打印页",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://www.goushan.gov.cn/print/gzzj/20240902_331.html",
        title="岣山镇全民健身月羽毛球进村活动总结",
        record_title="岣山镇全民健身月羽毛球进村活动总结（打印友好版）· 岣山镇人民政府",
        date="2024-09-02",
        notes="text print view: print stamp (no date) above, a print footer '❉ 共1页 · 第1页 ❉' closing the page; photos "
        "shared to village groups (content); 成文日期",
        page="""
!m 岣山镇人民政府　打印页面
!m 打印时间：2024-09-10 15:22
{T}
{BODY}
!m 网页地址：http://www.goushan.gov.cn/gzzj/20240902_331.html
!p ❉ 共1页 · 第1页 ❉
""",
        body="""
8月全民健身月期间，镇文化站组织开展“羽毛球进村”活动，现将活动情况总结如下。
一、活动开展情况。活动历时一个月，走进石笋、柿坪、桥头等9个村，开展羽毛球教学12场，举办村级羽毛球比赛3场，参与群众1100余人次。镇里为每个村配送羽毛球拍10副、羽毛球5桶，由村文化协管员登记保管。
二、主要做法。一是请县羽毛球协会的志愿教练下村教学，从握拍、发球教起；二是比赛分设青年组、中老年组和亲子组，让不同年龄的群众都能参与；三是各村把比赛照片分享到村民群，带动更多人参加。
三、存在的不足。部分村没有室内场地，遇雨只能停办；球拍数量偏少，比赛时需要轮流使用。
下一步，镇里将争取上级支持，为条件较好的村建设简易羽毛球场。
岣山镇文化站
2024年9月2日
""",
    ),
    dict(
        slug="mail-tuocheng-forward-letter-donated-tables",
        site="橐城市体育局 政务邮箱 (invented webmail)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="html",
        source="https://mail.tcsport.gov.cn/webmail/read?mid=20240619-0047",
        title="关于捐赠户外乒乓球台的函",
        record_title="转发：关于捐赠户外乒乓球台的函",
        date="2024-06-18",
        date_also=["2024-06-19"],
        notes="webmail reading view: forwarded header (send date also accepted), an attachment bar beside the letter's "
        "own 附件 list, the letter's contact beside the mail system's helpdesk; 成文日期",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>转发：关于捐赠户外乒乓球台的函 - 橐城市体育局政务邮箱</title>
</head><body>
<div class="mail-top">⟦m 橐城市体育局政务邮箱⟧ ⟦m qunti@tcsport.gov.cn⟧ <a>⟦a 写信⟧</a> <a>⟦a 收信⟧</a> <a>⟦a 通讯录⟧</a></div>
<div class="mail-bar">⟦a 返回⟧ ⟦a 回复⟧ ⟦a 全部回复⟧ ⟦a 转发⟧ ⟦a 删除⟧ ⟦a 标记为未读⟧</div>
<div class="mail-head">
<h3>⟦t 转发：关于捐赠户外乒乓球台的函⟧</h3>
<p>⟦m 发件人：局办公室 &lt;bgs@tcsport.gov.cn&gt;⟧</p>
<p>⟦m 收件人：群体科 &lt;qunti@tcsport.gov.cn&gt;⟧</p>
<p>⟦m 时　间：2024年6月19日（星期三）上午10:26⟧</p>
</div>
<div class="mail-attach"><p>⟦a 📎 附件 2 个：捐赠球台清单.xlsx (18K)　球台安装示意图.pdf (1.2M)　全部下载　在线预览⟧</p></div>
<div class="mail-body">
<p>⟦m ---------- 原始邮件 ----------⟧</p>
<p>⟦m 发件人：宏跃体育设施 &lt;hongyue_ty@dyhongyue.com&gt;⟧</p>
<p>⟦m 发送时间：2024年6月18日 16:40⟧</p>
{BODY}
</div>
<div class="mail-foot">⟦m 邮件系统技术支持：0772-2808866⟧</div>
</body></html>
""",
        body="""
橐城市体育局：
为支持全民健身事业，我公司拟向贵局无偿捐赠户外乒乓球台30张，用于城区公园和社区健身点，球台的运输和安装由我公司负责，并提供三年免费维修。
捐赠球台为我公司生产的HY-T25型户外乒乓球台，台面为25毫米SMC复合板，已通过国家体育用品质量检验。
如蒙接受，请贵局确定安装点位，我公司将于收到回复后20日内完成安装。
附件：1．捐赠球台清单
2．球台安装示意图
联系人：黎振声，电话：0744-2216608
椟阳宏跃体育设施有限公司
2024年6月18日
""",
    ),
    dict(
        slug="mail-group-forward-notice-cabinet-sealing-move",
        site="集团邮箱 (invented, forwarded mail as text)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="text",
        source="https://exmail.jutong-group.com/read?folder=inbox&mid=20241112-0931",
        title="关于办公楼搬迁期间文件柜封存编号的通知",
        record_title="Fwd: 关于办公楼搬迁期间文件柜封存编号的通知",
        date="2024-11-11",
        date_also=["2024-11-12"],
        notes="forwarded mail as text: mail headers (the send date also accepted), the notice's own 抄送 line beside the "
        "mail header's 抄送; a mail client footer; 成文日期",
        page="""
!m 发件人：集团行政部 <xzb@jutong-group.com>
!m 收件人：各部门文员
!m 抄　送：信息中心
!m 日　期：2024年11月12日 星期二 08:52
!t 主　题：Fwd: 关于办公楼搬迁期间文件柜封存编号的通知
!m ---------- Forwarded message ----------
!m From: 集团办公室
!m Date: 2024年11月11日 17:30
{BODY}
!d 此邮件及附件仅供收件人使用，如误收请立即删除并告知发件人。
!m 发自 聚通集团企业邮箱
""",
        body="""
集团各部门：
集团总部定于11月18日至11月24日搬迁至笥川新区聚通大厦。为确保搬迁期间文件资料安全，现就文件柜封存编号工作通知如下：
一、11月15日前，各部门对本部门文件柜逐一清点，柜内文件装盒装箱，不得散放。
二、行政部统一发放封条和编号标签，各部门按“部门简称＋序号”编号，贴在柜门左上角，封条由部门负责人签字。
三、搬运时由行政部和物流公司共同押运，到新楼后按编号原位摆放，各部门当场核对启封。
四、涉密文件柜由保密办单独搬运，不得交物流公司。
集团办公室
2024年11月11日
抄送：集团保密办公室，集团纪检监察室。
""",
    ),
]
