"""holdout31, part C: invented pages (see ../README.md and ../build.py). Everything here is invented."""

CASES = [
    dict(
        slug="fwapp-bixie-wetland-speech-share",
        site="笔谐范文APP 分享页 (invented)",
        style="范文APP",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://m.bixie.example.app/share/a/7f3e21?from=wx",
        title="在椿岭国家湿地公园保护工作推进会上的讲话",
        record_title="在椿岭国家湿地公园保护工作推进会上的讲话（精选）",
        date="2025-04-22",
        notes="writing-app share page: open-in-app prompt, copy lock, member prompt; speaker and date under the title neutral",
        page="""
!a 打开笔谐APP，阅读体验更佳　[打开]
!t 在椿岭国家湿地公园保护工作推进会上的讲话（精选）
!m 笔谐范文 · 领导讲话　　2.1k人看过
县林业局局长　殷国栋
（2025年4月22日）
{BODY}
!a 复制受限：开通笔谐会员即可一键复制全文
!l 猜你喜欢：湿地保护宣传月活动方案 ｜ 河湖长制工作会议讲话
!m 笔谐范文APP　让写作更轻松
""",
        body="""
同志们：
椿岭国家湿地公园是全县重要的生态屏障，做好保护工作意义重大。
去年以来，我们完成退养还湿一千二百亩，监测到的鸟类由一百一十种增加到一百二十六种。
但也要看到，周边农业面源污染仍然存在，巡护力量还比较薄弱。
下一步，要严格落实湿地保护责任，加快建设智慧监测系统，加大执法巡查力度。
⟦a 内容已隐藏30%，登录后查看剩余内容⟧
希望大家齐心协力，把湿地公园保护好、建设好。
""",
    ),
    dict(
        slug="gkforum-shenyan-essay-blind-massage",
        site="申言公考论坛 (invented)",
        style="公考论坛",
        genre="心得体会",
        kind="insight",
        form="text",
        source="http://bbs.shenyan-gk.example.com/thread-571203-1-1.html",
        title="残疾人就业帮扶调研心得",
        record_title="[申论素材] 残疾人就业帮扶调研心得（附写作思路）- 申论交流区 - 申言公考论坛",
        date="2025-02-27",
        notes="exam forum post: floors, the poster's 发表于 date is the page date; a points line; reply box",
        page="""
!m 申言公考论坛 » 申论交流区 » [申论素材]
!t [申论素材] 残疾人就业帮扶调研心得（附写作思路）
!m 楼主　上岸必胜2025　积分 1340　发表于 2025-2-27 08:46
{BODY}
!l 本帖最后由 上岸必胜2025 编辑
!l 沙发　小鹿冲冲冲：收藏了，明天背
!l 板凳　考公人：求同系列素材
!a 回复本帖可获得 2 积分
!d 本版内容仅供备考交流，转载请注明出处
""",
        body="""
去年暑假，我跟随县残联调研组走访了十多家盲人按摩店和福利企业，对残疾人就业帮扶有了一些认识。
一是就业渠道仍然偏窄，视力残疾人大多集中在按摩行业，其他岗位吸纳能力有限。
二是技能培训需要更加精准，培训内容要与用人单位的需求对接。
三是社会环境有待改善，无障碍设施不足，部分单位存在观念上的顾虑。
我觉得，帮扶工作既要兜住底线，也要帮助残疾人真正实现自我价值。
""",
    ),
    dict(
        slug="baike-zhiku-treasury-payment-entry-html",
        site="知库百科 (invented)",
        style="百科问答",
        genre="百科词条",
        kind="article",
        form="html",
        source="https://baike.zhiku.example.com/item/国库集中支付/55201",
        title="国库集中支付",
        record_title="国库集中支付_知库百科",
        date=None,
        notes="encyclopaedia entry: edit links, contents box, reference list, 'entry contributors' line; example date inside a sentence; no date",
        page="""
<html><head><meta charset="utf-8"><title>国库集中支付_知库百科</title></head><body>
<div class="top">⟦m 知库百科　全球中文知识共享⟧　⟦a 登录　注册　编辑词条⟧</div>
<h1>⟦t 国库集中支付⟧</h1>
<div class="tool">⟦a 收藏　|　分享　|　编辑　|　讨论⟧</div>
<div class="catalog">⟦l 目录　1 定义　2 发展历程　3 支付方式⟧</div>
<div class="para">
{BODY}
</div>
<div class="ref">⟦l 参考资料　[1] 财政国库管理制度改革读本⟧</div>
<div class="count">⟦m 词条统计　浏览次数：38672次　编辑次数：14次　最近更新：国库小白⟧</div>
<div class="foot">⟦d 知库百科的词条内容由网友共同编辑，仅供参考，不构成专业意见⟧</div>
</body></html>
""",
        body="""
国库集中支付是指以国库单一账户体系为基础，将财政资金直接支付到商品和劳务供应者或用款单位账户的一种财政资金支付方式。
发展历程
我国自2001年起在中央部门试点国库集中支付制度改革，随后逐步推广到地方各级财政。
支付方式
国库集中支付分为财政直接支付和财政授权支付两种方式。
例如，某单位于2020年3月1日申请支付一笔设备采购款，经财政部门审核后，资金由国库单一账户直接支付到供应商账户。
""",
    ),
    dict(
        slug="netdisk-yunji-ranger-training-plan",
        site="云集网盘 分享页 (invented)",
        style="网盘分享",
        genre="方案",
        kind="plan",
        form="text",
        source="https://pan.yunji.example.com/s/1QwErT9yu",
        title="柃山县2025年护林员培训工作方案",
        record_title="柃山县2025年护林员培训工作方案.wps",
        date="2025-02-18",
        notes="cloud-drive share: file name, size, expiry, save-to-drive and download buttons, an extraction code line; WPS preview text; page markers as '— 第n页 —'",
        pages=dict(fmt="— 第{n}页 —", every=180, start=2),
        page="""
!m 云集网盘 | 文件分享
!t 柃山县2025年护林员培训工作方案.wps
!m 分享者：lingshan_lyz　2025-02-19 16:20　失效时间：永久有效
!a 保存到我的网盘　　普通下载　　超级会员极速下载
!m 文件大小：28.6KB　提取码已自动填写
{BODY}
!a 预览仅显示部分内容，完整文件请下载后查看
!d 请勿分享侵权、违法内容，发现违规将被删除并封号
""",
        body="""
为提高全县生态护林员的业务素质和履职能力，根据上级有关要求，结合我县实际，制定本方案。
一、培训对象
全县在岗生态护林员共四百八十六名，分三批参加培训。
二、培训内容
主要包括森林防火知识、林业有害生物识别、野生动植物保护法律法规和巡护App使用方法等。
三、培训方式
采取集中授课和野外实训相结合的方式，每批培训两天。
四、工作要求
各乡镇林业站要做好人员组织，确保参训率达到百分之百。
柃山县林业局
2025年2月18日
""",
    ),
    dict(
        slug="snapshot-soucang-used-car-association-html",
        site="搜藏网页快照 (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="html",
        source="http://cache.soucang.example.com/c?u=http%3A%2F%2Fwww.qiuyang-esc.example.org%2Fgg%2F2025%2F0410.html",
        title="关于规范二手车交易市场经营秩序的通知",
        record_title="关于规范二手车交易市场经营秩序的通知 - 楸阳市二手车流通协会",
        date="2025-04-10",
        notes="search-cache frame: snapshot banner with its crawl time (no date), highlighted keywords note; the page itself with a 发布时间 line",
        page="""
<html><head><meta charset="utf-8"><title>关于规范二手车交易市场经营秩序的通知 - 楸阳市二手车流通协会</title></head><body>
<div class="snap">⟦d 这是搜藏网于 2025年6月2日 03:12 抓取的网页快照，当前页面可能已经更改。⟧<br>⟦a 查看当前页面⟧　⟦m 已标明以下搜索词：二手车 交易市场⟧</div>
<hr>
<div class="site">⟦m 楸阳市二手车流通协会⟧</div>
<div class="menu">⟦l 协会概况 ｜ 通知公告 ｜ 行业动态 ｜ 会员单位⟧</div>
<h3>⟦t 关于规范二手车交易市场经营秩序的通知⟧</h3>
<div class="meta">⟦m 发布时间：2025-04-10　　浏览量：602⟧</div>
{BODY}
<div class="foot">⟦m 楸阳市二手车流通协会　地址：楸阳市汽车城北门⟧</div>
</body></html>
""",
        body="""
各会员单位：
近期，我市部分二手车交易市场出现虚假宣传、隐瞒车况等问题，损害了消费者合法权益。为规范市场经营秩序，现通知如下。
一、各经营主体要如实公示车辆基本信息，不得隐瞒事故、泡水等重大瑕疵。
二、交易合同一律使用协会推荐的示范文本，明确车况承诺和售后责任。
三、协会将联合有关部门开展专项检查，对违规经营的会员单位予以通报。
楸阳市二手车流通协会
2025年4月10日
""",
    ),
    dict(
        slug="print-lianchuan-weather-office-summary",
        site="楝川县气象局 打印页 (invented)",
        style="打印页",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://qxj.lianchuan.example.gov.cn/print.jsp?id=5523",
        title="楝川县人工影响天气办公室2024年工作总结",
        record_title="打印预览 - 楝川县人工影响天气办公室2024年工作总结",
        date="2025-01-09",
        notes="print view: print buttons, the URL and a print stamp (not a date), print footer; a data table; Chinese-numeral date under the signature",
        page="""
!a [打印本页]　[关闭]
!m 楝川县气象局
{T}
!m 页面地址：http://qxj.lianchuan.example.gov.cn/art/2025/1/9/art_213_5523.html
{BODY}
!m 打印时间：2025/3/2 10:41:07
!p 第 1 页（共 1 页）
""",
        body="""
2024年，县人工影响天气办公室紧紧围绕抗旱减灾和生态保护，科学组织开展人工影响天气作业，取得明显成效。
全年作业情况
类别　作业次数　用弹（发）　用箭（枚）
增雨作业　34　620　88
防雹作业　19　1150　41
全年累计增加降水约一千二百万立方米，防雹保护面积达十二万亩，未发生一起安全事故。
2025年，我们将继续推进作业点标准化建设，提升作业指挥的信息化水平。
楝川县人工影响天气办公室
二〇二五年一月九日
""",
    ),
    dict(
        slug="mail-fwd-bakery-association-letter",
        site="邮件转发 (invented mailbox)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="text",
        source="mail://inbox/2025-05/fwd-9132",
        title="关于商请协助开展烘焙食品抽检工作的函",
        record_title="Fw: 关于商请协助开展烘焙食品抽检工作的函",
        date="2025-05-12",
        date_also=["2025-05-13"],
        notes="forwarded mail: mail headers (meta), the forwarder's note, the document's own 附件 and 抄送 kept; mail footer; sent date differs from the letter's date",
        page="""
!m 发件人：榉塘县烘焙协会秘书处 <mishuchu@jt-bakery.example.org>
!m 发送时间：2025年5月13日(星期二) 上午9:05
!m 收件人：各会员单位
!m 主题：Fw: 关于商请协助开展烘焙食品抽检工作的函
!l 各位会员：转发县市场监管局来函，请按要求配合，谢谢！
!m ---------- 转发的邮件 ----------
{BODY}
!d 此邮件及其附件仅供指定收件人使用，如误收请立即删除。
!a 来自 邮箱 手机版
""",
        body="""
榉塘县烘焙协会：
为加强烘焙食品质量安全监管，我局定于5月下旬开展烘焙食品专项抽检，现商请贵协会协助做好以下工作。
一、通知会员单位做好抽检准备，配合抽样人员工作。
二、宣传食品添加剂规范使用要求，督促会员单位开展自查。
附件：烘焙食品专项抽检品种目录
联系人：钟敏　电话：0745-7711209
榉塘县市场监督管理局
2025年5月12日
抄送：县农业农村局
""",
    ),
    dict(
        slug="fanwen-jiwen-html-eyeglass-speech",
        site="集文范文网 (invented)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://www.jiwenfw.example.com/jianghua/20250619/88120.html",
        title="在全市眼镜行业诚信验配表彰会上的讲话",
        record_title="在全市眼镜行业诚信验配表彰会上的讲话（通用3篇）_集文范文网",
        date=None,
        notes="范文 HTML page: hot list, writing-service box between paragraphs, copy prompt glued after a line; speaker line neutral; no date",
        page="""
<html><head><meta charset="utf-8"><title>在全市眼镜行业诚信验配表彰会上的讲话（通用3篇）_集文范文网</title>
<script src="/js/copyguard.js"></script></head><body>
<div class="head">⟦m 集文范文网⟧ ⟦m 专业范文写作与分享平台⟧</div>
<div class="nav">⟦l 首页　讲话稿　工作总结　心得体会　述职报告⟧</div>
<div class="pos">⟦m 当前位置：集文范文网 > 讲话稿 > 表彰讲话⟧</div>
<h1>⟦t 在全市眼镜行业诚信验配表彰会上的讲话（通用3篇）⟧</h1>
<div class="info">⟦m 时间：3天前　作者：集文编辑部　人气：963⟧</div>
<p class="spk">市市场监管局副局长　吕振南</p>
<div class="content">
{BODY}
</div>
<div class="hot"><h3>⟦l 本周热门⟧</h3><ul><li>⟦l 在行业协会年会上的讲话⟧</li><li>⟦l 诚信经营表彰大会主持词⟧</li></ul></div>
<div class="foot">⟦m © 2025 集文范文网　沪ICP备20250319号⟧</div>
</body></html>
""",
        body="""
同志们：
今天，我们召开全市眼镜行业诚信验配表彰会，表彰一批诚信经营、规范验配的先进单位和个人。
近年来，全市眼镜行业坚持质量第一，验配服务水平不断提高，群众满意度明显提升。⟦a 复制本段请先登录⟧
⟦w 领导讲话稿定制，资深笔杆子代写，扣扣 1930667521⟧
但我们也要清醒看到，个别经营者仍存在虚标镜片参数、夸大宣传等问题。
希望受表彰的单位珍惜荣誉，全市眼镜行业要以先进为榜样，共同维护良好的市场秩序。
""",
    ),
    dict(
        slug="wenku-mowen-html-pages-sand-mining-plan",
        site="墨文文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="html",
        source="https://www.mowenwk.example.com/p-660128831.html",
        title="楸阳县河道采砂专项整治行动方案",
        record_title="楸阳县河道采砂专项整治行动方案 - 墨文文库",
        date="2025-05-06",
        notes="文库 HTML preview with page-marker paragraphs 【 n 】 between halves of cut paragraphs; preview-end and pay prompt; upload notice; doc info",
        pages=dict(fmt="【 {n} 】", every=150, start=2),
        page="""
<html><head><meta charset="utf-8"><title>楸阳县河道采砂专项整治行动方案 - 墨文文库</title></head><body>
<div class="hd">⟦m 墨文文库⟧ ⟦a 登录/注册⟧</div>
<div class="doc-title"><h1>⟦t 楸阳县河道采砂专项整治行动方案⟧</h1></div>
<div class="doc-info">⟦m 上传人：dongchuan_77　上传时间：2025-05-30　4 页　1256 阅读⟧</div>
<div class="reader">
{BODY}
</div>
<div class="end">⟦a 还剩2页未读，继续阅读⟧</div>
<div class="buy">⟦a 本文档售价 5 墨币　[购买并下载]⟧</div>
<div class="notice">⟦d 墨文文库所有资源均来自用户上传，如有侵权请点击举报，平台将在三个工作日内处理⟧</div>
<div class="rec">⟦l 相关推荐：河道管理范围划定方案 ｜ 非法采砂举报奖励办法⟧</div>
</body></html>
""",
        body="""
为深入推进河道采砂规范管理，严厉打击非法采砂行为，县人民政府决定在全县开展河道采砂专项整治行动，特制定本方案。
一、整治范围
全县境内的楸水河、黄泥河及其主要支流。
二、整治重点
重点整治无证采砂、超范围超深度采砂、违规堆砂占用河道等行为。
三、工作步骤
行动分为排查摸底、集中整治和巩固提升三个阶段，时间从5月至10月。
四、工作要求
各乡镇和县直有关部门要明确专人负责，每月报送工作进展情况。
楸阳县人民政府办公室
2025年5月6日
""",
    ),
    dict(
        slug="gov-jutang-agri-econ-station-letter",
        site="榉塘县农村经营管理站 (invented)",
        style="政府门户",
        genre="函",
        kind="letter",
        form="text",
        source="http://nyj.jutang.example.gov.cn/njz/2025/0730/613.html",
        title="关于报送农村集体经济组织年度财务报表的函",
        record_title="关于报送农村集体经济组织年度财务报表的函",
        record_date="2025-07-30",
        date="2025-07-30",
        notes="gov text page; date in the record; document number neutral; the document's 邮箱 kept; a site hotline and an 'error report' link as chrome",
        page="""
!m 榉塘县农业农村局　　农村经营管理站
!m 首页 > 农经管理 > 工作动态
{T}
!m 时间：2025-07-30　　来源：县农经站　　【字体：大 中 小】
榉农经函〔2025〕14号
{BODY}
!a 【我要纠错】【打印】【关闭】
!m 县农业农村局值班电话：0735-6612 0010
!m 网站标识码 4310250031　湘ICP备05011220号
""",
        body="""
各乡镇农村经营管理站：
按照年度工作安排，现请各站组织辖区内农村集体经济组织报送2025年上半年财务报表，有关事项函告如下。
一、报送内容包括资产负债表、收益分配表和财务公开情况表。
二、请于8月15日前将纸质报表加盖公章报县农经站，电子版发送至邮箱jtnjz2025@example.com。
三、报表数据要真实准确，不得漏报、瞒报。
榉塘县农村经营管理站
2025年7月30日
""",
    ),
    dict(
        slug="news-chengwan-text-zoo-opening",
        site="柽湾晚报网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.chengwan-wb.example.cn/2025/0501/c1021-88761.html",
        title="柽湾动物园新建熊猫馆五一开馆",
        record_title=None,
        date="2025-05-01",
        notes="news text page with no record title; the title repeated twice; a reporter line; 'scan to download app' under the text; related list",
        page="""
!m 柽湾晚报网 · 城事
{T}
!m 2025年05月01日08:12　来源：柽湾晚报　记者 鞠小鹏
!a 【大字】【小字】【收藏】
{T}
{BODY}
!a 扫一扫，下载柽湾晚报客户端
!l 更多城事：柽湾地铁二号线试运行 | 五一假期景区预约指南
!m 柽湾晚报社主办　未经授权禁止转载
""",
        body="""
5月1日起，柽湾动物园新建的熊猫馆正式对游客开放，两只大熊猫“禾禾”“悦悦”与市民见面。
熊猫馆占地约八千平方米，设有室内展厅、室外活动场和科普长廊。
为避免拥挤，动物园实行分时段预约入馆，每个时段限流八百人。
动物园负责人提醒，游客参观时请勿投喂、拍打玻璃，共同营造良好的观赏环境。
""",
    ),
    dict(
        slug="forum-html-discuz-fungi-coop-junk",
        site="菇乡论坛 (invented)",
        style="论坛",
        genre="工作总结",
        kind="summary",
        form="html",
        source="http://bbs.guxiang.example.com/thread-12087-1-1.html",
        title="楝川县云耳种植专业合作社2024年度工作总结",
        record_title="楝川县云耳种植专业合作社2024年度工作总结 - 合作社交流 - 菇乡论坛",
        date="2025-01-06",
        date_also=["2025-01-08"],
        notes="Discuz-like HTML thread with jammer fonts (junk lines and glued), a poster info column, signature, quick reply",
        junk=dict(lines=2, glued=2),
        p_html="<div class='t_f'>{}</div>",
        page="""
<html><head><meta charset="gbk"><title>楝川县云耳种植专业合作社2024年度工作总结 - 合作社交流 - 菇乡论坛</title>
<style>.jammer{color:#fff;font-size:0}</style></head><body>
<div id="hd">⟦m 菇乡论坛 - 菇农自己的家园⟧</div>
<div id="pt">⟦m 菇乡论坛 › 合作社交流 › 查看内容⟧</div>
<h1>⟦t 楝川县云耳种植专业合作社2024年度工作总结⟧</h1>
<div class="pi">⟦m 木耳哥老周　发表于 2025-1-8 19:32⟧　⟦l 只看该作者　倒序浏览⟧</div>
<div class="pls">⟦m UID 30871　帖子 122　积分 467⟧</div>
{BODY}
<div class="sign">⟦m 种耳十年，欢迎同行来基地交流⟧</div>
<div class="po">⟦l 回复　支持　反对　举报⟧</div>
<div id="f_pst">⟦a 您需要登录后才可以回帖 登录 | 立即注册⟧</div>
</body></html>
""",
        body="""
2024年，合作社在县农业农村局和乡政府的支持下，坚持统一供种、统一技术、统一销售，带动社员增收。
全年发展云耳种植八十万袋，比上年增加二十万袋，实现销售收入三百二十万元。
合作社新建晾晒大棚四个，购置烘干设备两台，解决了阴雨天晾晒难的问题。
全年为社员二次返利十八万元，户均增收四千余元。
明年合作社计划申请绿色食品认证，进一步提高产品附加值。
楝川县云耳种植专业合作社
2025年1月6日
""",
    ),
]
