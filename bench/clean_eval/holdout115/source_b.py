"""holdout115, part B: felt makers, drawn-work lace, a community greengrocer, a physiotherapy
department, a legal-aid centre, a yellow-wine brewery, an art gallery, a diabetic-foot clinic,
a gold-leaf workshop, culvert checks, an inverted-siphon station and a line-patrol team.
Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="anthology-zhanfang-felt-maker-memoir",
        site="草原毡房文集 (invented)",
        style="个人文集",
        genre="心得体会",
        kind="insight",
        form="text",
        source="http://www.zhanfangwenji.example.com/wj/baoyin/015.html",
        title="擀毡四十年",
        record_title="擀毡四十年——宝音文集之十五",
        date=None,
        notes="a personal collection: chapter nav (上一章/下一章/目录), a collection line; hard-wrapped at 60 columns; no date (a crawl stamp only)",
        wrap=60,
        indent="　　",
        page="""
!m 草原毡房文集 · 宝音卷
!l 目录 | 上一章：冬牧场 | 下一章：老阿妈的奶茶
!t 擀毡四十年——宝音文集之十五
{BODY}
!l 返回目录　　上一章　　下一章
!m 抓取时间：2025-08-01 03:12:45
""",
        body="""
我学擀毡是十三岁，跟着父亲在秋天剪下的羊毛里打滚，满身都是毛絮。
擀毡先要弹毛，把羊毛弹得蓬松均匀，再一层层铺在苇帘上，洒上热水，卷起来用绳子拉着在草地上来回滚。
一张好毡要滚上大半天，人累得直不起腰，毡子却越滚越密实，铺在毡房里冬暖夏凉。
如今牧民们用上了机器毡和棉褥子，手擀毡成了稀罕物，倒是城里的游客喜欢买回去当挂毯。
我把这些年的手艺写下来，只盼着孙子们将来还知道，毡子是怎么一张张滚出来的。
""",
    ),
    dict(
        slug="forum-choushao-lace-coop-junk",
        site="绣乡论坛 (invented)",
        style="论坛",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://bbs.xiuxiang.example.com/thread-88127-1-1.html",
        title="抽纱合作社2025年第二次社员大会纪要",
        record_title="[转帖] 抽纱合作社2025年第二次社员大会纪要",
        date="2025-06-08",
        notes="a Discuz-like forum: floor meta, anti-scraping junk lines and glued junk; the minutes' own 时间/地点/主持/出席 lines kept; the date from the 时间 line",
        junk=dict(lines=2, glued=2),
        page="""
!m 绣乡论坛 › 手艺交流 › 抽纱花边
!t [转帖] 抽纱合作社2025年第二次社员大会纪要
!m 楼主　针线娘子　发表于 2025-06-09 20:41　|　只看该作者
{BODY}
!d 本帖最后由 针线娘子 于 2025-06-09 20:45 编辑
!l 回复　引用　举报　　支持(3) 反对(0)
!l 沙发　绣花鞋：谢谢楼主分享
""",
        body="""
时间：2025年6月8日上午9时
地点：合作社二楼展示厅
主持：理事长 林秋月
出席：社员代表四十二人
会议听取了上半年订单完成情况汇报。上半年共完成抽纱台布、窗帘等订单一千三百件，比去年同期增长百分之十八。
会议讨论通过了《社员计件工资调整办法》，手工雕绣工价每平方分米提高零点五元。
会议决定，下半年在三个村设立抽纱教学点，由老绣娘带徒传艺。
""",
    ),
    dict(
        slug="community-xiangyang-greengrocer-html",
        site="向阳社区网 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.xiangyangsq.example.cn/sqgg/2025/0516/77.html",
        title="关于社区平价菜店调整营业时间的公告",
        record_title="关于社区平价菜店调整营业时间的公告",
        record_date="2025-05-16",
        date="2025-05-16",
        notes="a residents' site: 网格员 box, a 居民议事 list, a weather widget; the notice's own 联系电话 kept; a price table one row a paragraph",
        page="""
<html><head><meta charset="utf-8"><title>向阳社区网-社区公告</title></head><body>
<div id="head">⟦m 向阳社区居民委员会⟧ <span>⟦m 今天：晴 22~31℃⟧</span></div>
<ul class="menu"><li>⟦l 社区概况⟧</li><li>⟦l 社区公告⟧</li><li>⟦l 便民服务⟧</li><li>⟦l 居民议事⟧</li></ul>
<div class="main">
<h2>⟦t 关于社区平价菜店调整营业时间的公告⟧</h2>
<p class="src">⟦m 作者：社区居委会　发布日期：2025年05月16日　点击：205⟧</p>
{BODY}
</div>
<div class="side"><h4>⟦l 网格员信息⟧</h4><p>⟦m 第三网格　网格员：童佳　手机：138 7320 4165⟧</p>
<h4>⟦l 居民议事⟧</h4><p>⟦l 小区南门增设非机动车棚的意见征集⟧</p></div>
<div class="foot">⟦m 向阳社区居委会　地址：云麓区向阳路12号⟧ ⟦d 网站由社区志愿者维护⟧</div>
</body></html>
""",
        body="""
各位居民朋友：
为方便上班族买菜，经与经营方协商，社区平价菜店自5月20日起调整营业时间为每天6:30至20:30。
调整后，菜店继续对部分基本蔬菜实行平价销售，参考价格如下：
品名　单位　价格
青菜　斤　1.80元
土豆　斤　2.20元
鸡蛋　斤　4.60元
居民对价格和质量有意见的，可拨打社区联系电话0731-85542013反映。
向阳社区居民委员会
2025年5月16日
""",
    ),
    dict(
        slug="hospital-jinfeng-rehab-dept-html",
        site="金枫市第二人民医院 (invented)",
        style="医院官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.jfey.example.com/ksdt/kfk/2025-03-27/512.html",
        title="康复医学科开设产后盆底康复门诊",
        record_title="康复医学科开设产后盆底康复门诊-金枫市第二人民医院",
        date="2025-03-27",
        notes="a hospital site: appointment bar, department nav, a '预约挂号' float, footer with 急诊 phone; 发布时间 line; a 扫码预约 sentence of the news kept",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>康复医学科开设产后盆底康复门诊-金枫市第二人民医院</title></head><body>
<div class="topbar">⟦m 金枫市第二人民医院　三级综合医院⟧ ⟦a 预约挂号⟧ ⟦a 报告查询⟧</div>
<nav>⟦l 医院概况　科室导航　专家介绍　就医指南　新闻中心⟧</nav>
<div class="loc">⟦m 首页 > 新闻中心 > 科室动态⟧</div>
<h1>⟦t 康复医学科开设产后盆底康复门诊⟧</h1>
<div class="info">⟦m 发布时间：2025-03-27　作者：宣传科　浏览量：1024⟧</div>
<div class="txt">
{BODY}
</div>
<div class="pn">⟦l 上一条：我院开展世界睡眠日义诊⟧<br>⟦l 下一条：骨科成功完成首例膝关节单髁置换⟧</div>
<div class="float">⟦a 在线咨询⟧ ⟦a 返回顶部⟧</div>
<footer>⟦m 医院地址：金枫市东湖大道201号　急诊电话：0716-8412120⟧<br>⟦m 鄂ICP备1106220号⟧</footer>
</body></html>
""",
        body="""
近日，我院康复医学科正式开设产后盆底康复门诊，每周二、周四全天接诊。
门诊配备盆底肌电评估系统和生物反馈治疗仪，由经过专业培训的康复治疗师为产妇制订个性化训练方案。
科室主任介绍，产后四十二天至一年是盆底功能恢复的黄金期，建议产妇在产后复查时同步进行盆底评估。
就诊者可通过医院公众号扫码预约，也可到门诊一楼康复医学科分诊台登记。
""",
    ),
    dict(
        slug="law-pingchuan-legal-aid-guide",
        site="平川律师事务所 (invented)",
        style="律所网站",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.pingchuanlaw.example.com/news/1189.html",
        title="农民工欠薪法律援助申请须知",
        record_title="农民工欠薪法律援助申请须知_平川律师事务所",
        date="2025-01-06",
        notes="a law firm's page: a 免费咨询 hotline box, a 'not legal advice' disclaimer; the document's own 联系电话 and numbered list kept; the date from the 发布 line",
        page="""
!m 平川律师事务所 | 劳动争议 · 合同纠纷 · 刑事辩护
!m 首页 > 律所动态 > 公益法律服务
!t 农民工欠薪法律援助申请须知_平川律师事务所
!m 发布：2025-01-06　编辑：平川律所
{BODY}
!w 24小时免费法律咨询：180 0941 6620（陈律师）
!d 以上内容仅供参考，不构成正式法律意见，具体问题请咨询执业律师。
!l 相关文章：工伤认定需要哪些材料｜劳动仲裁时效是多久
""",
        body="""
临近春节，本所作为县法律援助中心的协作律所，受中心委托，将农民工申请欠薪法律援助的有关事项告知如下。
1.申请条件：在本县务工，被拖欠劳动报酬的农民工，无须审查经济困难条件。
2.所需材料：身份证件、能证明劳动关系的材料（工牌、考勤记录、工资条、聊天记录等）。
3.申请地点：县法律援助中心窗口（县公共法律服务中心一楼）。
法律援助中心值班电话：0943-5120348。
""",
    ),
    dict(
        slug="corp-jianshui-yellow-wine-html-anniversary",
        site="鉴水黄酒酿造股份有限公司 (invented)",
        style="企业官网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://www.jianshui-huangjiu.example.com/news/ceo-2025.html",
        title="在公司冬酿开耙仪式上的致辞",
        record_title="在公司冬酿开耙仪式上的致辞",
        date="2024-11-07",
        notes="a brewery's site: a shop link, an age gate notice and a 'drink responsibly' footer; a speaker line and a date line under the title (neutral); the date from the date line",
        page="""
<html><head><meta charset="utf-8"><title>在公司冬酿开耙仪式上的致辞 - 鉴水黄酒</title></head><body>
<div class="hd">⟦m 鉴水黄酒　千年古法 一坛好酒⟧ <a>⟦a 官方商城⟧</a></div>
<ul class="nav"><li>⟦l 品牌故事⟧</li><li>⟦l 产品系列⟧</li><li>⟦l 新闻资讯⟧</li><li>⟦l 加盟合作⟧</li></ul>
<div class="bc">⟦m 新闻资讯 / 公司新闻⟧</div>
<h1>⟦t 在公司冬酿开耙仪式上的致辞⟧</h1>
<p class="sp">董事长　钱伯钧</p>
<p class="sp">（2024年11月7日）</p>
{BODY}
<div class="share">⟦l 分享：微信 / 微博 / 复制链接⟧</div>
<div class="ft"><p>⟦d 理性饮酒　未成年人请勿饮酒⟧</p><p>⟦m 全国服务热线：400-855-1972⟧</p><p>⟦m © 鉴水黄酒酿造股份有限公司 浙ICP备06118823号⟧</p></div>
</body></html>
""",
        body="""
各位来宾、各位酿酒师傅：
立冬时节，鉴湖水清，今天我们在这里举行冬酿开耙仪式，正式开启新一季的黄酒酿造。
开耙是黄酒酿造中最见功夫的一道工序，什么时候开、开几次，全凭老师傅的一双手和一对耳朵。
今年公司投入三千万元改造了传统酿造车间，既保留了陶坛发酵，又上了温度监测系统。
让我们共同守护好这份古老的手艺，酿出无愧于这片水土的好酒。谢谢大家！
""",
    ),
    dict(
        slug="gov-lanxi-art-gallery-plan-text",
        site="兰溪市文化广电旅游局 (invented)",
        style="政府门户",
        genre="方案",
        kind="plan",
        form="text",
        source="http://wglj.lanxi.example.gov.cn/zwgk/ghjh/2025/0402/7712.html",
        title="兰溪市美术馆2025年公共教育活动实施方案",
        record_title="兰溪市美术馆2025年公共教育活动实施方案",
        date="2025-04-02",
        notes="a government portal text page: 信息公开 meta lines, an accessibility row, a 'was this helpful' box, 网站标识码; the date from the 成文日期 under the signature",
        page="""
!a 繁体　|　无障碍　|　长辈版
!m 兰溪市文化广电旅游局
!m 首页 > 政府信息公开 > 规划计划
!m 信息来源：市美术馆　　公开范围：面向社会
{T}
{BODY}
!l 本页信息是否对您有帮助？　有帮助　没帮助
!a 【打印】　【关闭】
!m 网站标识码：3307810009　　浙公网安备 33078102000144号
""",
        body="""
为充分发挥美术馆的美育功能，让更多市民走进美术馆，制定本方案。
一、活动内容
（一）周末美育课堂。每周六下午面向中小学生开设书画体验课，全年不少于四十场。
（二）导览志愿服务。招募培训讲解志愿者六十名，为重点展览提供定时导览。
（三）艺术进乡村。组织本地画家赴乡镇文化站开展写生和展览活动六次。
二、工作要求。各部门要按月报送活动开展情况，年底形成公共教育工作报告。
兰溪市美术馆
2025年4月2日
""",
    ),
    dict(
        slug="hospital-qingcheng-diabetic-foot-text",
        site="清城县中医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.qcxzyy.example.cn/jkkp/2025/1114.html",
        title="关于开展糖尿病足免费筛查活动的通知",
        record_title=None,
        date="2024-11-14",
        notes="a county hospital text page; no record title; a 健康热线 and 'scan to follow' lines; the hospital's own 咨询电话 in the body; 发布日期 line as the date",
        page="""
!m 清城县中医院 · 健康科普
!m 发布日期：2024-11-14　　阅读：318
{T}
{BODY}
!a 扫一扫 关注清城县中医院服务号
!m 健康热线：0662-7230031　　急救：120
!d 本站科普内容仅供参考，不能代替医生面诊。
""",
        body="""
在联合国糖尿病日来临之际，我院内分泌科联合外科，于11月17日至21日开展糖尿病足免费筛查活动。
筛查对象为病程五年以上的糖尿病患者，筛查项目包括足部神经病变检查、足背动脉触诊和踝肱指数测定。
患者请携带身份证和近期血糖记录，到门诊三楼内分泌科候诊区登记。
咨询电话：0662-7230118（内分泌科护士站）。
""",
    ),
    dict(
        slug="download-jinbo-gold-leaf-html-file-info",
        site="匠心资料下载 (invented)",
        style="资料下载站",
        genre="工作总结",
        kind="summary",
        form="html",
        source="http://www.jxzl-down.example.com/soft/20931.html",
        title="金箔锻制技艺传承基地2024年工作总结",
        record_title="金箔锻制技艺传承基地2024年工作总结.doc",
        date="2025-01-20",
        notes="old table layout of a download station: file-info table, three download links, a dead-link report, an 'unzip password' notice; a file-name title; date under the signature",
        page="""
<html><head><meta charset="gb2312"><title>金箔锻制技艺传承基地2024年工作总结.doc 免费下载 - 匠心资料下载</title></head>
<body><table width="980"><tr><td>⟦m 匠心资料下载 www.jxzl-down.example.com⟧</td><td>⟦a 设为首页 | 加入收藏⟧</td></tr></table>
<table width="980"><tr><td>⟦m 当前位置：首页 → 总结报告 → 年终总结⟧</td></tr></table>
<table width="980" border="1">
<tr><td>⟦m 资料名称：金箔锻制技艺传承基地2024年工作总结.doc⟧</td></tr>
<tr><td>⟦m 资料大小：38KB　资料格式：DOC　更新时间：2025-02-03⟧</td></tr>
<tr><td>⟦m 下载次数：77　评分：★★★★☆⟧</td></tr></table>
<table width="980"><tr><td>
<div>⟦t 金箔锻制技艺传承基地2024年工作总结⟧</div>
{BODY}
</td></tr></table>
<table width="980"><tr><td>⟦a 下载地址：电信下载一　联通下载二　本地高速下载⟧</td></tr>
<tr><td>⟦a 链接失效？点此报告⟧</td></tr>
<tr><td>⟦d 解压密码：www.jxzl-down.example.com　所有资料均来自网络，如有侵权请告知删除⟧</td></tr></table>
</body></html>
""",
        body="""
2024年，基地在县文化和旅游局指导下，围绕金箔锻制技艺的保护传承，扎实做好了以下工作。
一是传承队伍不断壮大。新招收学徒八名，其中大专以上学历五名，学徒总数达到二十六名。
二是技艺记录更加完整。完成了化金条、拍叶、做捻子、落金开子等十二道工序的影像记录。
三是展示体验持续拓展。全年接待研学团队一百一十批次，开展打金箔体验活动三千余人次。
明年，基地将重点推进金箔在古建修缮中的应用研究。
金箔锻制技艺传承基地
2025年1月20日
""",
    ),
    dict(
        slug="gov-shuangfeng-culvert-check-wrapped",
        site="双峰县交通运输局 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://jtj.shuangfeng.example.gov.cn/tzgg/2025/0508/2290.html",
        title="关于开展农村公路涵洞汛前排查整治的通知",
        record_title="关于开展农村公路涵洞汛前排查整治的通知",
        date="2025-05-08",
        notes="a text-extracted notice, hard-wrapped at 72 columns; a document number neutral; 抄送/印发 版记 kept; a share line between paragraphs",
        wrap=72,
        indent="　　",
        page="""
!m 双峰县交通运输局 > 通知公告
{T}
双交发〔2025〕19号
{BODY}
!l 分享到：微信　微博
!m 【来源：县农村公路事务中心　时间：2025-05-08】
""",
        body="""
各乡镇人民政府，局属各单位：
入汛在即，为确保农村公路安全畅通，决定在全县开展农村公路涵洞汛前排查整治，现将有关事项通知如下。
一、排查范围。全县县道、乡道、村道上的全部涵洞，重点是修建年代较早的石拱涵和圆管涵。
二、排查内容。涵洞进出口是否堵塞，洞身有无开裂、下沉，八字墙和护坡有无冲刷掏空。
三、整治要求。发现堵塞的要在五日内清理完毕；存在结构隐患的要设置警示标志，并于5月31日前上报。
双峰县交通运输局
2025年5月8日
抄送：县防汛抗旱指挥部办公室。
双峰县交通运输局办公室　　2025年5月8日印发
""",
    ),
    dict(
        slug="snapshot-xihe-siphon-station-html",
        site="搜索快照 of 西河灌区管理处 (invented)",
        style="搜索快照",
        genre="工作总结",
        kind="summary",
        form="html",
        source="http://cache.souxun.example.com/c?u=http://xhgq.example.gov.cn/gzdt/0911.html",
        title="倒虹吸管理站上半年运行管理工作总结",
        record_title="倒虹吸管理站上半年运行管理工作总结",
        date="2025-07-10",
        notes="a search-cache frame: the cache banner with its time (not a date), highlight note; inside, the original page's chrome; the date under the signature",
        page="""
<html><head><meta charset="utf-8"><title>倒虹吸管理站上半年运行管理工作总结 - 搜讯快照</title></head><body>
<div class="cachebar">⟦d 这是 http://xhgq.example.gov.cn/gzdt/0911.html 的快照，是网页在 2025年8月3日 11:40 的存档。当前页面可能已更改。⟧<br>⟦a 查看当前页面⟧ ⟦d 搜讯与网页内容无关⟧</div>
<div class="hl">⟦d 以下搜索词已高亮显示：倒虹吸 总结⟧</div>
<div class="orig">
<div>⟦m 西河灌区管理处⟧ ⟦l 首页 | 灌区概况 | 工作动态 | 政策法规⟧</div>
<h2>⟦t 倒虹吸管理站上半年运行管理工作总结⟧</h2>
{BODY}
<div>⟦m 西河灌区管理处 版权所有 技术支持：水利信息中心⟧</div>
</div></body></html>
""",
        body="""
上半年，管理站认真落实灌区运行管理各项制度，保障了春灌期间输水安全。
一、工程运行平稳。三座倒虹吸累计输水九十八天，过水量两千一百万立方米，未发生管身渗漏。
二、检查维护到位。春灌前对进出口闸门、拦污栅和排气阀进行了全面检修，清理淤积泥沙四百立方米。
三、安全管理加强。在进口处增设防溺水警示牌十块，汛期实行二十四小时值守。
西河灌区倒虹吸管理站
2025年7月10日
""",
    ),
    dict(
        slug="dangjian-gaoyuan-line-patrol-party-text",
        site="高原电网党建 (invented)",
        style="党建网",
        genre="心得体会",
        kind="insight",
        form="text",
        source="http://dj.gydw.example.com.cn/xdth/2025/0601/338.html",
        title="巡线路上守初心——输电线路巡线班党员学习心得",
        record_title="巡线路上守初心——输电线路巡线班党员学习心得",
        date="2025-06-01",
        notes="a Party-building site: a 学习专栏 bar, a 点赞/在看 row, a 上一篇/下一篇 pair; a title repeated glued to the first sentence",
        page="""
!m 高原电网党建 ★ 学习园地
!l 首页 | 党建动态 | 支部风采 | 学习园地 | 先锋榜样
!m 作者：输电运检中心第二党支部　杨旭东　　日期：2025-06-01
{BODY}
!l 👍 点赞 36　　在看 9
!l 上一篇：变电站“党员责任区”建设经验
!l 下一篇：支部书记讲党课：讲好身边的电网故事
""",
        body="""
⟦t 巡线路上守初心——输电线路巡线班党员学习心得⟧我在输电线路巡线班工作已经十一年了，负责的线路有一百四十多公里，大部分在海拔三千米以上的山区。
通过这次集中学习，我更加深刻地认识到，党员的初心不在口号里，而在一基基铁塔、一档档导线上。
去年冬天一场暴雪后，我们班组连续三天徒步巡线，发现并处理了两处导线覆冰隐患。
今后我将继续带头啃硬骨头，把党员责任区建在最难走的线路上。
""",
    ),
]
