"""holdout120, part D: social-security cards, electronic invoices, an income-tax refund, licence
plates, ID cards for pupils, exit-entry services, household registration for school places, student
loans at a rural bank, residence permits, a huaguxi troupe and a Sichuan-opera troupe's Party
branch. Everything invented; see ../build.py."""

CASES = [
    dict(
        slug="wenku-shuhai-social-security-card-html-markers",
        site="书海文库 (invented)",
        style="文库预览",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.shuhaiwenku.example.com/p-60211873.html",
        title="关于做好第三代社会保障卡换发工作的通知",
        record_title="关于做好第三代社会保障卡换发工作的通知 - 书海文库",
        date="2025-02-24",
        notes="文库 reader in HTML: page markers ⟮n⟯ as paragraphs cutting sentences, a preview-end box, upload notice, a points-download row; Chinese-numeral 成文日期",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于做好第三代社会保障卡换发工作的通知 - 书海文库</title></head><body>
<div class="top">⟦m 书海文库⟧ ⟦a 登录⟧ ⟦a 开通VIP⟧</div>
<div class="doc-head"><h1>{T}</h1>
<p>⟦m 贡献者：hrss_liu　　3页　　1.4万次阅读　　2025-03-01上传⟧</p>
<p>⟦a 下载（消耗2积分）　　加入书架　　分享⟧</p></div>
<div class="reader">
{BODY}
</div>
<div class="endbox">⟦a 试读已到末页，开通VIP阅读并下载全部内容⟧</div>
<div class="upload">⟦d 本文档由用户上传，书海文库仅提供存储服务，若有侵权请点击举报⟧</div>
<div class="rec"><p>⟦l 相关推荐⟧</p><p>⟦l 社会保障卡申领指南（2025版）⟧</p><p>⟦l 电子社保卡使用常见问题⟧</p></div>
</body></html>
""",
        p_html='<p class="reader-p">{}</p>',
        pages=dict(fmt="⟮{n}⟯", every=160, start=2),
        body="""
各区县人力资源和社会保障局，各合作银行：
为进一步拓展社会保障卡应用，提升持卡人用卡体验，根据省人力资源和社会保障厅统一部署，我市自2025年3月起启动第三代社会保障卡换发工作。现将有关事项通知如下。
一、换发对象。持有第一代、第二代社会保障卡的参保人员，可自愿申请换发第三代社会保障卡；新参保人员直接申领第三代社会保障卡。
二、换发方式。参保人员可通过合作银行网点即时制卡，也可通过手机申领后邮寄到家，换发期间原卡正常使用。
三、工作要求。各合作银行要在网点设置专门窗口，为老年人、残疾人提供上门服务；各区县要加强宣传引导，不得强制换卡。
桦原市人力资源和社会保障局
二〇二五年二月二十四日
""",
    ),
    dict(
        slug="news-fenghua-e-invoice-text-title-glued",
        site="丰华日报网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.fenghuadaily.example.com/jj/2025-12/01/content_770231.htm",
        title="全面数字化电子发票在我市推广使用",
        record_title="全面数字化电子发票在我市推广使用",
        date="2025-12-01",
        notes="news text: the title printed twice, the second glued to the lead; dateline in the lead; 'more reports' list, an app download prompt",
        page="""
!m 丰华日报网 · 经济频道
{T}
!m 2025-12-01 07:15　来源：丰华日报　记者 龙素云
!a 分享　|　A+　A-
{T}{BODY}
!m （编辑：奚澄　校对：庞媛）
!a 下载丰华日报客户端，随时随地看新闻
!l 更多报道：我市新增减税降费政策咨询点12个 · 个体工商户登记实现全程网办
""",
        body="""
本报讯（记者 龙素云）11月30日，记者从市税务局获悉，全面数字化电子发票已在全市推广使用，纳税人开具发票不再需要领用税控设备。
全面数字化电子发票简称“数电票”，与纸质发票具有同等法律效力。纳税人通过电子发票服务平台即可开具、交付和查验发票，发票额度由系统根据纳税人信用状况自动调整。
“以前每个月都要跑一趟税务局领发票，现在在电脑上点几下就开好了。”一家建材店的会计说。
市税务局提醒，受票方可通过全国增值税发票查验平台查验发票真伪，对开具过程中遇到的问题，可拨打12366纳税缴费服务热线咨询。
""",
    ),
    dict(
        slug="forum-shuiwu-tax-refund-discuz-jammer",
        site="税友之家论坛 (invented)",
        style="论坛",
        genre="经验",
        kind="other",
        form="html",
        source="https://bbs.shuiyouzj.example.com/thread-330918-1-1.html",
        title="个税年度汇算退税到账全过程分享",
        record_title="个税年度汇算退税到账全过程分享 - 个税交流 - 税友之家论坛",
        date="2025-03-09",
        notes="Discuz-like thread: jammer fonts glued after sentences and on a line, 发表于 with a full date (the post is the document), floor, rating and reply boxes, a signature line",
        page="""
<html><head><meta charset="utf-8"><title>个税年度汇算退税到账全过程分享 - 个税交流 - 税友之家论坛</title></head><body>
<div id="hd">⟦m 税友之家论坛⟧ ⟦a 用户名 密码 登录 立即注册⟧</div>
<div id="pt">⟦m 论坛 › 个税交流 › 查看内容⟧</div>
<div class="ts"><h1>{T}</h1> ⟦a [复制链接]⟧</div>
<table class="plhin"><tr><td class="pls">⟦m 桐叶落 ⟧<br>⟦m 积分 386　帖子 52⟧</td>
<td class="plc"><div class="pi">⟦m 发表于 2025-3-9 20:47⟧ ⟦a 只看该作者⟧ ⟦m 楼主⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="sign">⟦m 个人签名：认真纳税，按时退税⟧</div>
</td></tr></table>
<div class="rate">⟦l 评分　参与人数 3　金币 +6　收起 理由⟧</div>
<div class="fastre">⟦a 您需要登录后才可以回帖 登录 | 立即注册⟧</div>
<div id="ft">⟦d Powered by Discuz! X3.4 ©2001-2025⟧</div>
</body></html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=3),
        body="""
今年的个税年度汇算我3月1日就提交了，3月8日退税到账，整个过程记录一下，给还没办的朋友参考。
第一步，预约办理时间。今年3月1日至20日需要预约，我预约的是第一天，当天晚上就能登录。
第二步，确认收入和扣除。系统自动带出了全年工资薪金和预扣税额，我重点核对了专项附加扣除，子女教育和住房贷款利息都已经填报。
第三步，提交申请退税。系统算出应退税额四百二十元，选择退到工资卡，提交后显示“税务机关审核中”。
第四步，等待到账。3月6日显示审核通过，3月8日银行卡收到退税款。
提醒大家：银行卡信息一定要填对，一类卡才能收退税；收入如果有遗漏，要先去单位核实再申报。
""",
    ),
    dict(
        slug="blog-xinglu-licence-plate-essay",
        site="行路记 博客 (invented)",
        style="博客",
        genre="随笔",
        kind="insight",
        form="text",
        source="http://xinglu.blog.example.net/2025/05/20/plate.html",
        title="换了新能源号牌以后",
        record_title="【随记】换了新能源号牌以后 | 行路记",
        date="2025-05-20",
        notes="personal blog as text: decorated title, a bracketed post time, blogroll and archive lists, a reward prompt, a comment count; date from the post time",
        page="""
!m 行路记 —— 一个老司机的慢生活
!t 【随记】换了新能源号牌以后 | 行路记
!m [2025-05-20 22:31]　分类：生活随笔　阅读(97)
{BODY}
!a 喜欢这篇文章？请作者喝杯茶 ☕
!l 评论（3）　｜　引用通告（0）
!l 最新文章：驾照换证记　·　带父母自驾去海边
!l 友情链接：老邮差的博客　林间小屋　半亩园
""",
        body="""
上个月把开了十二年的老车卖了，换了一辆电动车，号牌也从蓝牌换成了绿牌。
去车管所上牌那天，人不多。民警说，现在选号可以在手机上自编自选，不用再去大厅排队摇号。我选了一个带着女儿生日的号码，心里挺高兴。
开了一个月，最大的感受是省钱。以前每个月油钱要八百多，现在充电费不到两百。小区里装了充电桩，晚上插上，早上就满了。
当然也有不方便的地方。跑长途要算着服务区充电，节假日充电桩前常常排队。
不过总的来说，这次换车换牌，换来的是一种更安静的开车日子。
""",
    ),
    dict(
        slug="wechat-lanting-police-student-id-card-html",
        site="岚亭公安 公众号镜像 (invented)",
        style="公众号镜像",
        genre="通知",
        kind="notice",
        form="html",
        source="https://wx.mirror.example.org/s/LanTingGongAn-20250703",
        title="暑期中小学生集中办理居民身份证的通知",
        record_title="暑期中小学生集中办理居民身份证的通知",
        date="2025-07-03",
        notes="WeChat mirror in HTML: account header with date, a reading-original link, 在看/点赞 row, a QR caption; the notice asks families to 扫码预约 and download the app (kept); materials list numbered",
        page="""
<html><head><meta charset="utf-8"><title>暑期中小学生集中办理居民身份证的通知</title></head><body>
<div class="rich_media">
<h1 class="rich_media_title">{T}</h1>
<div class="meta">⟦m 岚亭公安⟧ ⟦m 2025年07月03日 18:00⟧ ⟦m 浙江⟧</div>
<div class="rich_media_content">
<section><p>⟦a 点击上方蓝字关注我们⟧</p></section>
{BODY}
<section><p>⟦m 来源：岚亭县公安局户政大队⟧</p><p>⟦m 编辑：小岚⟧</p></section>
</div>
<div class="bottom">⟦a 阅读原文⟧　⟦m 阅读 8651⟧　⟦l 点赞 126　在看 73⟧</div>
<div class="qr">⟦a 微信扫一扫关注该公众号⟧</div>
</div></body></html>
""",
        p_html='<section><p style="line-height:1.75em;">{}</p></section>',
        body="""
各位家长：
暑假期间，学生出行乘车、参加考试都需要使用居民身份证。为方便学生办证，县公安局决定于7月7日至8月29日在各户籍窗口开设学生办证绿色通道。
一、办理对象：本县户籍的中小学生，以及在本县就读、持有居住证的外地户籍学生。
二、所需材料：
1．居民户口簿；
2．未满十六周岁的，由监护人陪同并携带监护人身份证件。
三、办理方式：请家长扫描户籍窗口公布的二维码预约办理时段，也可下载“浙里办”App在线预约。
四、领证方式：证件制作完成后可选择到窗口领取或邮寄到家。
岚亭县公安局
2025年7月3日
""",
    ),
    dict(
        slug="docshare-wenxin-exit-entry-plan-pdf-html",
        site="文心共享 (invented)",
        style="文档分享",
        genre="方案",
        kind="other",
        form="html",
        source="https://share.wenxin.example.com/doc/881203.html",
        title="出入境证件“就近办”便民服务实施方案",
        record_title="出入境证件“就近办”便民服务实施方案.pdf",
        record_date="2025-04-15",
        date="2025-04-15",
        notes="sharing page in HTML: file-name title, record date; a file card and reader toolbar, an 'open in app' bar, an upload notice; a decimal-numbered body (1.1, 1.2) kept",
        page="""
<html><head><meta charset="utf-8"><title>出入境证件“就近办”便民服务实施方案.pdf - 文心共享</title></head><body>
<div class="hdr">⟦m 文心共享 · 知识分享社区⟧ ⟦a 上传文档赚收益⟧</div>
<div class="card"><h2>⟦t 出入境证件“就近办”便民服务实施方案.pdf⟧</h2>
<p>⟦m PDF · 5页 · 0.3MB · 上传者 zheng_wy⟧</p></div>
<div class="toolbar">⟦a 放大　缩小　全屏　下载⟧</div>
<div class="pdf-text">
{BODY}
</div>
<div class="appbar">⟦a 在App中打开，体验更流畅⟧</div>
<div class="upload-note">⟦d 本站不对用户上传的文档内容负责，如有侵权请联系客服删除。⟧</div>
</body></html>
""",
        body="""
1 工作目标
1.1 在全市各乡镇（街道）政务服务中心设立出入境业务受理点，群众就近即可办理普通护照、往来港澳通行证等证件的申请。
1.2 到2025年底，实现出入境证件申请“就近办”覆盖全部乡镇（街道）。
2 主要措施
2.1 设置受理点。受理点配备自助照相、指纹采集设备，由经过培训的政务服务中心工作人员受理申请。
2.2 推行网上预约。群众可通过移民局政务服务平台预约受理点和办理时间。
2.3 提供邮寄服务。证件制作完成后免费邮寄到家。
3 保障措施
3.1 市公安局出入境管理支队负责业务培训和质量抽查。
3.2 各乡镇（街道）负责受理场所和人员保障。
""",
    ),
    dict(
        slug="edu-shuiyuan-hukou-enrolment-notice",
        site="水源区教育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://jyj.shuiyuanqu.example.gov.cn/zsks/2025/0508/1190.html",
        title="关于2025年秋季小学一年级新生入学户籍信息核验的通知",
        record_title="关于2025年秋季小学一年级新生入学户籍信息核验的通知_招生考试_水源区教育局",
        date="2025-05-08",
        notes="education bureau: _column_site title, a font-size row, the notice's own 咨询电话 for each school district kept, a table; 附件 line; related list",
        page="""
!m 水源区教育局
!m 首页 ＞ 招生考试 ＞ 义务教育招生
{T}
!m 发布时间：2025-05-08 16:32　　来源：基础教育科　　阅读次数：5,210
!a 字号：【大】【中】【小】
{BODY}
!a 【打印此页】【关闭窗口】
!l 相关链接：水源区2025年义务教育学校招生划片范围 · 随迁子女入学材料清单
!m 水源区教育局　地址：水源区府前路9号　备案号：粤ICP备15023374号
""",
        body="""
各小学，各位家长：
为做好2025年秋季小学一年级新生入学工作，区教育局会同公安分局开展新生户籍信息核验。现将有关事项通知如下。
一、核验对象：2019年9月1日至2020年8月31日出生、拟在本区公办小学就读一年级的适龄儿童。
二、核验材料：户口簿、房屋产权证明或不动产权证书；非本区户籍儿童提供父母居住证。
三、核验时间和地点：
学区　核验时间　咨询电话
城东学区　5月19日—5月21日　0758-2261031
城西学区　5月22日—5月24日　0758-2261045
四、注意事项：户籍地址与实际居住地址不一致的，请于核验前到户籍所在派出所办理变更。
附件：新生入学户籍信息核验表
水源区教育局
2025年5月8日
""",
    ),
    dict(
        slug="intranet-nongshang-student-loan-summary-html",
        site="岩川农商银行 内网 (invented)",
        style="企业内网",
        genre="工作总结",
        kind="summary",
        form="html",
        source="http://oa.ycnsh.example.local/gw/view.do?docid=2025-ZJ-077",
        title="2025年生源地信用助学贷款发放工作总结",
        record_title="内网资讯-2025年生源地信用助学贷款发放工作总结",
        date="2025-10-30",
        notes="intranet document view: 内网资讯- prefix, document-flow table with 已阅, an employee watermark between paragraphs, a table of loan counts; 成文日期",
        page="""
<html><head><meta charset="utf-8"><title>内网资讯-2025年生源地信用助学贷款发放工作总结</title></head><body>
<div class="sys">⟦m 岩川农商银行综合办公系统⟧ ⟦m 当前用户：郑若溪（个人金融部）⟧ ⟦a 退出⟧</div>
<div class="tab">⟦m 公文管理 &gt; 收文 &gt; 阅办⟧</div>
<table class="flow"><tr><td>⟦m 发文部门：个人金融部⟧</td><td>⟦m 密级：内部⟧</td><td>⟦m 阅读：已阅 58 人⟧</td></tr></table>
<h2>{T}</h2>
{BODY}
<div class="opinion">⟦m 阅办意见：请各支行认真研读。（签名：卓越 2025-10-31）⟧</div>
<div class="btns">⟦a 打印　下载正文　转发　收藏⟧</div>
</body></html>
""",
        body="""
今年以来，我行认真落实国家助学贷款政策，全年共为全县一千八百六十名家庭经济困难学生发放生源地信用助学贷款，金额一千六百二十万元，实现应贷尽贷。
一、主要工作
（一）前移服务关口。在各乡镇设立受理点，组织客户经理进村入户宣传政策，全年发放宣传资料一万余份。
（二）优化办理流程。推行线上预申请、线下一次签约，学生和家长办理时间由半天缩短到四十分钟。
⟦m 内部资料 郑若溪 2025-11-03 10:22⟧
（三）强化贷后管理。建立毕业生还款提醒机制，到期贷款回收率达到百分之九十八点六。
二、发放情况
学段　人数　金额（万元）
本科　1120　1012
专科　640　540
研究生　100　68
三、下一步打算
继续做好还款宣传，探索对困难毕业生的还款救助办法。
个人金融部
2025年10月30日
""",
    ),
    dict(
        slug="qa-jiewen-residence-permit-answer-html",
        site="解问网 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.jiewen.example.com/q/55120937.html",
        title="外地户口在本市办居住证需要什么条件？",
        record_title=None,
        date=None,
        notes="Q&A in HTML: no record title (the question is found on the page), best-answer badge, answerer card, 回答于 a relative time (no date), 'other answers' and an ad",
        page="""
<html><head><meta charset="utf-8"><title>外地户口在本市办居住证需要什么条件？_解问网</title></head><body>
<div class="hd">⟦m 解问网　你问我答⟧ ⟦a 我要提问⟧</div>
<div class="q"><h1>{T}</h1><p>⟦m 提问者：匿名　｜　浏览 3,402 次⟧</p></div>
<div class="best"><span>⟦m 最佳答案⟧</span>
<p class="user">⟦m 户政窗口小何　｜　回答于 5天前⟧</p>
{BODY}
<p class="vote">⟦l 有用 (88)　没用 (3)　评论⟧</p></div>
<div class="others">⟦l 其他 2 条回答⟧</div>
<div class="ad">⟦a 广告　居住证、落户代办，一站式服务⟧</div>
<div class="ft">⟦d © 解问网　回答内容仅代表个人观点⟧</div>
</body></html>
""",
        body="""
一般来说，需要同时满足三个条件：一是离开户籍地到本市居住满半年；二是在本市有合法稳定就业、合法稳定住所或者连续就读之一；三是先到居住地派出所办理居住登记。
办理时需要带本人身份证、近期照片，以及能证明就业、住所或就读的材料，比如劳动合同、租房合同或者学校开的在读证明。
材料齐全的话，派出所受理后一般十五个工作日内就能领证。居住证每年要签注一次，不签注的话就不能享受相关的公共服务。
具体要求各区可能略有不同，建议先打电话问一下居住地派出所。
""",
    ),
    dict(
        slug="anthology-gulao-huaguxi-oneline",
        site="鼓佬文集 (invented)",
        style="个人文集",
        genre="回忆文章",
        kind="other",
        form="text",
        source="http://gulao.wenji.example.cn/pian/017.html",
        title="我与花鼓戏剧团的四十年",
        record_title="我与花鼓戏剧团的四十年",
        date="2024-12-26",
        notes="a collection page whose text is all on one line; date under the signature; the collection's chapter nav and a comment line",
        page="""
!m 鼓佬文集 ＞ 第三辑　戏台内外 ＞ 第17篇
{T}
{BODY}
!l 上一篇：学戏的第一年　　下一篇：送戏下乡记
!l 读者留言（2）：写得真好，想起小时候看戏的日子。
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
一九八四年秋天，我考进县花鼓戏剧团，那年我十六岁，跟着师父学打鼓。
那时候剧团一年要下乡演出两百多场，一辆解放牌卡车拉着戏箱和演员，走到哪里唱到哪里。晚上就睡在村里的祠堂，第二天接着赶路。
九十年代剧团最难，演出少了，工资发不出来，不少年轻人改了行。我也动摇过，是师父一句“锣鼓一停，戏就散了”把我留了下来。
这些年，剧团排了新戏，进了校园，还到省城参加了会演。看到台下又坐满了年轻观众，我打了一辈子的鼓，值了。
鼓佬　谭新民
2024年12月26日
""",
    ),
    dict(
        slug="dangjian-chuanju-troupe-party-day-summary",
        site="蓉岭文化系统党建网 (invented)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://dj.rongling-wh.example.gov.cn/jcdj/2025/0620/1822.html",
        title="川剧团党支部“送戏进山村”主题党日活动总结",
        record_title="【支部风采】川剧团党支部“送戏进山村”主题党日活动总结",
        date="2025-06-18",
        date_also=["2025-06-20"],
        notes="Party-building text page: decorated title, slogan line, a 学习强国-style follow prompt between paragraphs, 打印/关闭 row; date under the branch's signature",
        page="""
!m 蓉岭文化系统党建网　　学思践悟　担当作为
!m 当前位置：基层党建 → 支部风采
!t 【支部风采】川剧团党支部“送戏进山村”主题党日活动总结
!m 作者：川剧团党支部　时间：2025年06月20日　浏览：312次
{BODY}
!a 【打印本文】　【关闭窗口】
!l 上一篇：图书馆党支部开展“七一”重温入党誓词活动
!l 下一篇：文化馆党支部组织党员志愿服务
""",
        body="""
6月12日至16日，川剧团党支部组织党员和演职人员开展“送戏进山村”主题党日活动，先后到雾溪、杉坪、石门三个山村演出五场，观众三千余人次。
一、精心准备节目。支部结合山区群众喜好，选排了《拉郎配》等传统折子戏和反映乡村振兴的新编小戏，并加入变脸、吐火等绝活。
⟦a 关注“蓉岭文化”，第一时间了解党建动态⟧
二、党员冲锋在前。演出所在村路窄坡陡，大车进不去，党员带头肩扛戏箱走山路，保证了演出按时开锣。
三、办好群众实事。演出间隙，党员为村里的留守老人理发、量血压，为村小学捐赠图书二百册。
活动结束后，支部召开组织生活会，大家一致认为，只有扎根基层，川剧才有生命力。
川剧团党支部
2025年6月18日
""",
    ),
]
