"""holdout196, part A: 范文 sites, 文库 previews, government portals, news portals and forums.

Subjects of this part: oven mitts (隔热手套), lint rollers (粘毛器), ice-cube trays (冰格),
tyre pumps (打气筒) and door peepholes (猫眼). Everything is invented: counties (盉溪, 觚川,
斝原, 卣湖, 觯山, 簠城 …), people, firms, sites, URLs, phone numbers and chrome wording.
See ../README.md and ../build.py for the format.
"""

CASES = [
    dict(
        slug="fanwen-bigengfang-speech-canteen-mitts-gb2312",
        site="笔耕坊范文网 (invented, old gb2312 table layout)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.bigengfang.example.net/jianghua/jiaoyu/20250320/48817.html",
        title="在全县学校食堂安全操作培训会上的讲话",
        record_title="在全县学校食堂安全操作培训会上的讲话_教育讲话_笔耕坊范文网",
        date="2025-03-14",
        notes="old table layout: marquee, font-size row, hit counter and update stamp in the byline; "
        "speaker and date lines under the title neutral; a ghost-writer QQ box as a row between paragraphs; "
        "hot list, prev/next, visitor counter",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>在全县学校食堂安全操作培训会上的讲话_教育讲话_笔耕坊范文网</title>
<script>var _hmt=_hmt||[];(function(){var s=document.createElement("script");s.src="//tj.bigengfang.example.net/c.js";})();</script></head>
<body bgcolor="#F4F1E8">
<table width="980" align="center"><tr><td width="300">⟦m 笔耕坊范文网 www.bigengfang.example.net⟧</td><td align="right">⟦a <a href="#">设为首页</a> ｜ <a href="#">加入收藏夹</a>⟧</td></tr></table>
<marquee scrollamount="3">⟦m 笔耕坊范文网：十万篇范文随查随用，每天上午九点更新⟧</marquee>
<table width="980" align="center"><tr><td class="nav">⟦m 首页 ┊ 讲话稿 ┊ 工作总结 ┊ 心得体会 ┊ 述职报告 ┊ 演讲稿 ┊ 主持词⟧</td></tr></table>
<table width="980" align="center"><tr><td width="700" valign="top">
<div class="weizhi">⟦m 所在栏目：笔耕坊范文网 ＞＞ 讲话稿 ＞＞ 教育讲话⟧</div>
<h1>{T}</h1>
<div class="xinxi">⟦m 编辑：草堂居士　出处：会员投稿　点击：1736 次　更新：2025-03-20⟧</div>
<div class="zihao">⟦a 〖字号调整：特大｜标准｜偏小〗〖打印此文〗〖关闭本页〗⟧</div>
<div class="zw">
<p>县教育局党组成员、副局长　梁文洲</p>
<p>（2025年3月14日）</p>
{BODY}
</div>
<div class="sxp">⟦l 上一篇：在全县春季学校安全工作会议上的讲话⟧<br>⟦l 下一篇：校长在食堂从业人员培训开班式上的致辞⟧</div>
</td><td width="270" valign="top">
<table><tr><td class="bt">⟦l 讲话稿点击排行⟧</td></tr>
<tr><td>⟦l · 在全县教育系统安全生产会议上的讲话⟧</td></tr>
<tr><td>⟦l · 分管副局长在学校后勤工作会上的讲话⟧</td></tr>
<tr><td>⟦l · 在食品安全宣传周启动仪式上的讲话⟧</td></tr></table>
</td></tr></table>
<table width="980" align="center"><tr><td class="foot">⟦d 本站范文由网友投稿和网络收集，著作权归原作者所有，仅供参考借鉴⟧<br>⟦m 粤ICP备20251733号⟧　⟦m 您是本站第 0218834 位访客⟧</td></tr></table>
</body></html>
""",
        p_html="<p>　　{}</p>",
        body="""
同志们：
今天我们把全县中小学、幼儿园食堂的负责人和厨师集中起来，专门就食堂安全操作进行培训，目的就是把去年以来暴露出来的问题讲透，把规矩立起来。
去年秋季学期，全县学校食堂共发生烫伤事故4起，其中3起是厨师徒手端取蒸盘、用湿抹布垫着取烤盘造成的。这些事故看起来是小事，但一旦发生在开餐高峰，就可能连带造成滑倒、打翻热汤等更大的伤害。
⟦w 急需讲话稿、汇报材料？专业写手代笔，QQ 2871406633，当天交稿⟧
这里我提三点要求。一是配齐防护用品，每个蒸柜、烤箱旁都要配备两副以上隔热手套，破损、受潮的要及时更换。二是严格操作规程，取放蒸盘、烤盘必须戴隔热手套，严禁用抹布、围裙代替。三是落实培训考核，新入职厨师未经培训考核不得上岗。
同志们，食堂安全无小事。希望大家回去以后把今天的要求原原本本传达到每一位从业人员，确保师生吃得安全、吃得放心。
""",
    ),
    dict(
        slug="fanwen-wenmoxuan-insight-housekeeping-lint-roller",
        site="文墨轩范文网 (invented)",
        style="范文站",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://www.wenmoxuan.example.com/xinde/shixi/2025/0916/7702.html",
        title="酒店客房服务实习心得体会",
        record_title="酒店客房服务实习心得体会（通用范本）_文墨轩",
        date=None,
        notes="decorated record title; writing-service WeChat glued between two sentences; a reprint notice glued "
        "after the last sentence; an 'unlock the rest' line between paragraphs; no date (an essay; 收录 stamp only)",
        indent="\u3000\u3000",
        page="""
!m 文墨轩范文网｜写材料，先来文墨轩
!m 当前位置：首页 › 心得体会 › 实习心得
!t 酒店客房服务实习心得体会（通用范本）
!m 收录时间：2025-09-16　人气：942　字数：约600字
!a ［复制全文］　［存为Word］　［加入我的收藏］
{BODY}
!l 相关范文推荐
!l ▪ 酒店前台实习心得体会
!l ▪ 餐饮服务员实习总结
!l ▪ 宾馆客房部员工年终工作小结
!d 文墨轩所载文章仅供写作参考，如涉及侵权请来信，核实后即删。
!m 文墨轩 wenmoxuan.example.com　浙ICP备2024058812号-2
""",
        body="""
今年七月，我来到盉溪宾馆客房部实习，跟着领班张姐学做房。原以为铺床、打扫卫生没什么技术含量，真正上手才知道其中大有学问。
第一天，张姐就递给我一个粘毛器，让我把刚铺好的床面再滚一遍。⟦w 原创心得代写，加微信 wmx-2088 一对一沟通⟧我当时觉得床单已经很平整了，她却指着枕套上一根细细的头发说：“客人进门第一眼看的就是这里。”
⟦a 会员可阅读剩余内容，点此开通⟧
从那以后，我养成了一个习惯：每做完一间房，都用粘毛器把床面、沙发和窗帘下摆滚一遍，再把撕下来的粘纸对着光看一看，确认没有毛发才离开。
两个月的实习让我明白，服务行业的品质就藏在这些不起眼的细节里。今后无论走上什么岗位，我都要把这份认真带在身上。⟦d 本文由文墨轩编辑整理，转载请保留出处。⟧
""",
    ),
    dict(
        slug="wenku-moyuan-research-ice-tray-pdf-diamond-markers",
        site="墨渊文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://wenku.moyuan.example.cn/view/7c2e91b04d.html",
        title="簠城市硅胶冰格产品质量状况调研报告",
        record_title="簠城市硅胶冰格产品质量状况调研报告.pdf",
        date="2025-06-18",
        notes="file-name record title; a 文库 reader with page markers ◢n◣ as paragraphs cutting sentences; "
        "upload stamp and page count in the head; a data table one row a paragraph; a VIP lock at the end; "
        "成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>簠城市硅胶冰格产品质量状况调研报告.pdf - 墨渊文库</title>
<script src="/static/reader.min.js"></script></head>
<body>
<header class="top"><a class="logo" href="/">⟦m 墨渊文库⟧</a><input placeholder="搜文档、搜资料"><a class="vip">⟦a 开墨渊会员，全站文档免费下载⟧</a><a class="login">⟦a 登录 / 注册⟧</a></header>
<div class="crumb">⟦m 墨渊文库 ＞ 行业资料 ＞ 质量检测⟧</div>
<div class="doc-head"><h1>{T}</h1>
<div class="doc-meta">⟦m 贡献者：jianyan_lee　上传时间：2025-07-02　共 5 页　阅读 1,208 次　★★★★☆ 4.3⟧</div>
<div class="doc-tools"><a>⟦a 下载文档⟧</a><a>⟦a 收藏⟧</a><a>⟦a 分享到微信⟧</a></div></div>
<div class="reader">
{BODY}
</div>
<div class="lock">⟦a 剩余 3 页未读，开通会员后继续阅读全文⟧<button>⟦a 继续阅读⟧</button></div>
<aside><h4>⟦l 看过本文的人还看了⟧</h4><ul><li>⟦l 食品接触用硅橡胶制品抽检情况分析⟧</li><li>⟦l 关于厨房小家电质量安全的调研报告⟧</li></ul></aside>
<footer><p>⟦d 本站文档由用户上传，墨渊文库仅提供信息存储空间，不对内容承担责任；如有侵权，请提交投诉。⟧</p><p>⟦m 沪ICP备2023119072号-3　客服邮箱 kefu@moyuan.example.cn⟧</p></footer>
</body></html>
""",
        p_html='<p class="reader-p">{}</p>',
        pages=dict(fmt="◢{n}◣", every=150, start=2),
        body="""
今年5月，市市场监管局组成调研组，对全市硅胶冰格的生产、销售和使用情况进行了专题调研，走访企业和经营户29家，抽取样品40批次。现将有关情况报告如下。
一、基本情况
全市现有硅胶制品生产企业11家，其中生产冰格、冰球模具等食品接触用产品的6家，年产量约380万只，主要销往省内商超和电商平台。
二、抽样检验结果
检验项目　抽检批次　不合格批次　主要问题
挥发性物质　40　3　二次硫化不充分
高锰酸钾消耗量　40　2　原料配比不当
标签标识　40　5　未标注“食品接触用”字样
三、存在的问题
一是部分小作坊为降低成本，省略或缩短二次硫化工序，产品使用初期有明显异味。二是网店销售的无品牌冰格占比较高，进货查验记录不全。三是消费者对“食品级”标识认识模糊，选购时多凭价格和外观判断。
四、几点建议
建议对硅胶冰格生产企业实施重点监管，开展标签标识专项整治，并通过短视频等方式普及选购和首次使用前的清洗知识。
簠城市市场监督管理局调研组
2025年6月18日
""",
    ),
    dict(
        slug="wenku-lanxue-plan-school-pump-wrapped-markers",
        site="揽学文库 (invented, text preview)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.lanxuewenku.example.com/p/20250311/6b8a0e7.html",
        title="盉溪县第二中学自行车棚便民打气点设置方案",
        record_title="盉溪县第二中学自行车棚便民打气点设置方案（完整版）-揽学文库",
        date="2025-03-06",
        notes="hard-wrapped at 60 columns with an ideographic indent; page markers ⯇ n ⯈ on lines of their own "
        "between two lines of one paragraph; 成文日期 in Chinese numerals; upload stamp and score line at the top; "
        "a preview-end prompt and a download prompt at the bottom",
        wrap=60,
        indent="\u3000\u3000",
        pages=dict(fmt="⯇ {n} ⯈", every=170, start=2),
        page="""
!m 揽学文库 · 学习资料共享平台
!t 盉溪县第二中学自行车棚便民打气点设置方案（完整版）
!m 文档格式：DOC　页数：3　上传：2025-03-11　下载券：2
!a 免费预览前2页　全文下载请点右上角
{BODY}
!a —— 预览到此为止，下载券兑换后可查看全部内容 ——
!l 猜你需要：校园非机动车停放管理制度｜学生骑车安全教育主题班会
!m 揽学文库 lanxuewenku.example.com 版权所有
""",
        body="""
为方便骑车上学的师生在校内给车胎打气，减少因车胎气压不足引发的骑行安全隐患，经学校行政会研究，决定在南、北两个自行车棚各设置一处便民打气点，现制定方案如下。
一、设置地点和设施
南车棚东侧立柱旁、北车棚入口处各安装立式打气筒一台，配备美式、法式两种气嘴转换头，并张贴使用说明。
二、管理分工
总务处负责设施采购、安装和日常维护；各年级学生会安排志愿者每天早晚巡查一次，发现打气筒漏气、气嘴损坏的，当天报总务处登记维修。
三、安全要求
打气前应先查看轮胎侧面标注的气压范围，不得超压充气；严禁用打气筒对人喷气嬉闹。
四、实施时间
本方案自三月中旬起实施，试行一学期后根据使用情况调整。
盉溪县第二中学总务处
二〇二五年三月六日
""",
    ),
    dict(
        slug="gov-zhishan-circular-ice-tray-spotcheck-index-table",
        site="觯山县人民政府门户网站 (invented)",
        style="政府门户",
        genre="通报",
        kind="notice",
        form="html",
        source="https://www.zhishan.example.gov.cn/zwgk/scjg/202507/t20250711_882104.html",
        title="关于2025年第二季度食品接触用硅胶冰格产品质量监督抽查情况的通报",
        record_title="关于2025年第二季度食品接触用硅胶冰格产品质量监督抽查情况的通报_市场监管_觯山县人民政府",
        date="2025-07-10",
        date_also=["2025-07-11"],
        notes="a county portal: 长者模式/读屏 links, an index table (索引号, 发布机构 … marked; the 文号 cell unmarked), "
        "a 发布日期 byline one day after the 成文日期 (also accepted); a results table one row a paragraph; the "
        "bureau's own 联系人/电话 beside the portal's 纠错 line; 附件 kept",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>关于2025年第二季度食品接触用硅胶冰格产品质量监督抽查情况的通报_市场监管_觯山县人民政府</title>
<script src="/js/jquery.min.js"></script><script>window.zoomLevel=1;</script></head>
<body>
<div class="topbar"><span>⟦m 觯山县人民政府　主办⟧</span><a>⟦a 长者模式⟧</a><a>⟦a 读屏专用⟧</a><a>⟦a 繁體⟧</a><a>⟦a 登录⟧</a></div>
<div class="banner">⟦m 觯山县人民政府门户网站⟧</div>
<nav>⟦m 首页　走进觯山　政务公开　政务服务　互动交流　专题专栏⟧</nav>
<div class="position">⟦m 您现在的位置：首页 > 政务公开 > 部门信息 > 县市场监督管理局⟧</div>
<table class="xxgk">
<tr><td>⟦m 索 引 号：11xxxx30MB0571234X/2025-00418⟧</td><td>⟦m 主题分类：市场监管、安全生产监管⟧</td></tr>
<tr><td>⟦m 发布机构：觯山县市场监督管理局⟧</td><td>⟦m 发布日期：2025-07-11⟧</td></tr>
<tr><td>文　　号：觯市监〔2025〕37号</td><td>⟦m 有 效 性：有效⟧</td></tr>
</table>
<h2 class="wztit">{T}</h2>
<div class="fontset">⟦a 【字号 大 中 小】【打印】【关闭】⟧⟦m 浏览次数：316⟧</div>
<div class="TRS_Editor">
{BODY}
</div>
<div class="share">⟦l 分享到：微信　微博　QQ空间⟧</div>
<div class="jiucuo">⟦m 网站纠错热线：0736-5120999（工作日 8:30-17:30）⟧</div>
<div class="relate"><h4>⟦l 相关文章⟧</h4><ul><li>⟦l 觯山县开展夏季冷饮食品专项检查⟧</li><li>⟦l 县市场监管局公布一季度儿童用品抽查结果⟧</li></ul></div>
<footer><p>⟦m 主办：觯山县人民政府办公室　承办：觯山县大数据中心⟧</p><p>⟦m 湘ICP备11004471号　湘公网安备 43292202000135号　网站标识码4329220012⟧</p></footer>
</body></html>
""",
        body="""
各乡镇人民政府，县直有关单位，各有关企业：
根据年度监督抽查计划，县市场监督管理局于2025年4月至6月组织开展了食品接触用硅胶冰格产品质量监督抽查，共抽查本县生产、销售企业14家，产品20批次，检出不合格产品3批次，不合格发现率15%。现将有关情况通报如下。
一、不合格产品情况
生产企业　产品名称　规格型号　不合格项目
觯山县晶格硅胶制品厂　十五格硅胶冰格　BG-15　挥发性物质
觯山县盈润日用品商行（销售）　方块冰格（带盖）　未标注　标签标识
县城南惠民百货店（销售）　冰球模具　双球款　高锰酸钾消耗量
二、处理要求
对抽查不合格的企业，由县市场监管局依法责令其停止生产、销售不合格产品，限期整改；对拒不整改的，依法予以处理。
联系人：县市场监管局质量股　罗晓岚
联系电话：0736-5126478
附件：2025年第二季度硅胶冰格产品质量监督抽查合格产品名单
觯山县市场监督管理局
2025年7月10日
""",
    ),
    dict(
        slug="gov-guchuan-notice-peephole-lockpick-record",
        site="觚川县公安局 (invented, county portal text)",
        style="政府门户",
        genre="通告",
        kind="notice",
        form="text",
        source="http://www.guchuan.example.gov.cn/gaj/tzgg/2025/04/22/3306.html",
        title="关于防范利用门镜（猫眼）工具实施入室盗窃的通告",
        record_date="2025-04-22",
        date="2025-04-22",
        notes="title and date from the record; the portal's 读屏/无障碍 row, breadcrumb, source and view counts "
        "at the top; the police's own 报警电话 in the body next to the portal's 咨询电话 at the bottom; 抄送 line kept",
        page="""
!m 觚川县人民政府 · 公安局
!a 无障碍浏览　读屏　关怀版
!m 当前位置：首页 ＞ 县公安局 ＞ 通知公告
{T}
!m 信息来源：县公安局治安大队　浏览量：2873
{BODY}
!a 【打印本页】　【收藏】　【关闭窗口】
!l 上一条：关于开展电动自行车登记上牌集中服务的公告
!l 下一条：觚川县公安局2025年“护校安园”工作提示
!m 网站咨询电话：0739-6612345　主办单位：觚川县人民政府办公室
!m 赣ICP备09021738号-1
""",
        body="""
近期，我县城区部分老旧小区发生多起犯罪嫌疑人利用专用工具从门镜（猫眼）孔伸入、拨动门内把手开门入室盗窃的案件。为切实保障群众财产安全，现将有关事项通告如下：
一、住户外出或夜间休息时，应将房门反锁，并将门内把手的保险钮拨至锁止状态。
二、门镜损坏、松动或可从外部拧下的，应及时更换带防撬功能的门镜，或加装门镜防护盖。
三、发现门镜被人为拆卸、遮挡或门锁附近有可疑划痕的，请立即拨打110报警，不要自行进入室内。
四、物业服务企业应加强楼栋巡查，对陌生人员在楼道内长时间逗留的情况及时盘问、报告。
报警电话：110　县公安局治安大队值班电话：0739-6628110
觚川县公安局
2025年4月22日
抄送：各乡镇人民政府、各街道办事处。
""",
    ),
    dict(
        slug="news-yankou-pump-factory-h1-missing-captions",
        site="斝原新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.jiayuannews.example.cn/xzjj/2025-05/27/content_552918.html",
        title="甗口镇打气筒产业“小气筒”打开大市场",
        record_title=None,
        date="2025-05-27",
        notes="no record title: the title is the page's <h1>; 发布时间 byline (the page's date); photo captions "
        "between paragraphs and the editor line glued after the last paragraph; 24-hour list and an ad label",
        page="""
<!doctype html>
<html><head><meta charset="utf-8"><title>斝原新闻网_斝原县融媒体中心主办</title></head>
<body>
<div class="head"><span>⟦m 斝原新闻网⟧</span><span>⟦m 斝原县融媒体中心主办⟧</span><a>⟦a 下载斝原发布客户端⟧</a></div>
<div class="nav">⟦m 首页　时政　乡镇　民生　产经　视频　图片⟧</div>
<div class="pos">⟦m 首页 ＞ 乡镇集锦⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 发布时间：2025-05-27 09:12　来源：斝原县融媒体中心　记者：贺思源　通讯员：唐丽⟧</div>
<div class="content">
{BODY}
</div>
<div class="adv">⟦a 广告⟧</div>
<div class="hot"><h3>⟦l 24小时热点⟧</h3><ol><li>⟦l 斝原县今夏首场防汛应急演练举行⟧</li><li>⟦l 县城第三水厂进入设备调试阶段⟧</li><li>⟦l 豋田镇千亩油菜开镰收割⟧</li></ol></div>
<div class="foot">⟦d 斝原新闻网所有稿件版权归斝原县融媒体中心所有，未经书面授权不得转载⟧<br>⟦m 互联网新闻信息服务许可证编号：43120210047⟧</div>
</body></html>
""",
        body="""
5月26日，在甗口镇工业小区的一家打气筒生产企业车间里，工人们正忙着给一批发往东南亚的脚踩式打气筒装箱。
“今年前五个月，我们的订单比去年同期增长了三成多。”企业负责人周国栋说。近年来，甗口镇依托原有的五金加工基础，培育形成了打气筒整机、气压表、气嘴配件等上下游配套的产业链，全镇相关企业发展到27家。
⟦m 图为工人在检测打气筒气密性。记者 贺思源 摄⟧
为帮助企业拓展市场，镇里组织企业抱团参加展会，并联系县职业中专开设五金装配订单班，每年为企业输送技术工人六十多名。
⟦m 图为甗口镇工业小区一角。⟧
镇党委负责人表示，下一步将推动企业开发电动充气泵等新产品，让“小气筒”撑起富民增收的大产业。⟦m （编辑：钟晓帆　审核：龙跃）⟧
""",
    ),
    dict(
        slug="news-zhishan-evening-peephole-camera-dispute",
        site="觯山晚报网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.zswb.example.com/msp/2025/08/14/1183607.shtml",
        title="邻居装上可视猫眼 楼道对门起了争执",
        record_title="邻居装上可视猫眼 楼道对门起了争执｜觯山晚报·民生频道",
        date="2025-08-14",
        notes="decorated record title; the title repeated glued to the lead; 发布时间 byline (the page's date); "
        "a font-size row and share bar; an editor line on its own line at the end; related news",
        page="""
!m 觯山晚报网　民生频道
!m 首页 / 民生 / 社区
!m 发布时间：2025-08-14 07:30　来源：觯山晚报　作者：见习记者 杜雨晴
!a 字号：A+ A A-　｜　听新闻
⟦t 邻居装上可视猫眼 楼道对门起了争执⟧{BODY}
!m 【编辑：姚一帆】
!l 分享到：朋友圈 / 微博 / 复制链接
!l 相关新闻
!l 小区楼道堆放杂物 社区网格员上门劝导
!l 老旧小区加装电梯 “一楼难题”如何破解
!m 觯山晚报网 版权所有 未经授权禁止转载
""",
        body="""
本报讯 家住城关镇滨河小区的李女士最近很烦恼：对门邻居在入户门上换装了一款可视猫眼，镜头正对着她家的大门。
“我们家什么时候出门、谁来过，都被拍得清清楚楚。”李女士说，她多次与邻居沟通未果，只好向社区求助。
对门的王先生则认为，安装可视猫眼是为了防盗，家里只有老人和孩子，看到门外情况心里踏实。
8月12日，滨河社区人民调解委员会组织双方进行调解。调解员介绍，可视猫眼能录像、能联网，安装时应尽量调整角度，避免长期拍摄他人门口。
经过调解，王先生同意将猫眼摄像角度向下调整，并关闭自动录像功能，李女士也表示理解。双方握手言和。
""",
    ),
    dict(
        slug="forum-danche-post-floor-pump-jammer-html",
        site="盉溪单车论坛 (invented, Discuz-style)",
        style="论坛",
        genre="帖子",
        kind="other",
        form="html",
        source="https://bbs.hexidanche.example.com/thread-40917-1-1.html",
        title="落地式打气筒用了三年的一点体会",
        record_title="[装备讨论] 落地式打气筒用了三年的一点体会 - 骑行天地 - 盉溪单车论坛",
        date=None,
        notes="Discuz-like thread with jammer fonts (junk) glued after sentences and on a line; relative post time "
        "(no date); author panel with credits, rating row, signature and reply box",
        page="""
<html><head><meta charset="gbk"><title>[装备讨论] 落地式打气筒用了三年的一点体会 - 骑行天地 - 盉溪单车论坛</title>
<style>.jammer{display:none}</style></head>
<body>
<div id="toptb">⟦m 盉溪单车论坛⟧　<a>⟦a 快捷登录⟧</a>　<a>⟦a 注册会员⟧</a></div>
<div id="pt">⟦m 盉溪单车论坛 » 骑行天地 » 装备讨论⟧</div>
<div class="ts"><span id="thread_subject">⟦t [装备讨论] 落地式打气筒用了三年的一点体会⟧</span>　<span>⟦m 查看：3108　回复：47⟧</span></div>
<table class="plhin"><tr>
<td class="pls"><div>⟦m 风过觚川⟧</div><div>⟦m 中级骑友　积分 862　里程 12406 公里⟧</div></td>
<td class="plc"><div class="authi">⟦m 发表于 3 天前　只看该作者　电梯直达⟧</div>
<div class="t_f" id="postmessage_880731">
{BODY}
</div>
<div class="rate">⟦l 评分　参与人数 6　车技 +12　收起 理由 好帖，受教了⟧</div>
<div class="sign">⟦m 骑车不为远方，只为路上的风。⟧</div>
<div class="po">⟦a 回复　引用　收藏　举报⟧</div></td></tr></table>
<div class="pgbtn">⟦l 下一主题：新手求推荐码表，预算三百以内⟧</div>
<div id="fastpost">⟦a 登录之后才能参与回复，还没有账号？立即注册⟧</div>
<div id="ft">⟦m Powered by Discuz! X3.5　盉溪单车论坛（湘ICP备19008826号）⟧</div>
</body></html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=3),
        body="""
坛子里经常有新人问打气筒怎么选，我这台落地式的用了三年多，说说自己的体会，供大家参考。
第一，一定要带气压表。以前用没表的小气筒全凭手捏，压力要么不够要么打爆，换了带表的才知道公路胎要打到七八个大气压。
第二，气嘴头要选美法嘴通用的。我家山地车是美嘴、公路车是法嘴，一个头两用，省得来回换。
第三，底座要宽、要稳。便宜的塑料底座踩几下就晃，打高压的时候很危险。
第四，用完把管子盘好挂起来，别压在重物底下。我第一台就是软管被压裂了才换的。
最后提醒一句，出远门还是要带一支迷你打气筒，落地式的再好也背不走。
""",
    ),
    dict(
        slug="forum-maomao-post-lint-roller-junk-lines",
        site="萌宠之家论坛 (invented)",
        style="论坛",
        genre="帖子",
        kind="other",
        form="text",
        source="http://bbs.mengchongzhijia.example.net/forum.php?mod=viewthread&tid=226310",
        title="家里两只长毛猫，衣服沙发全是毛，粘毛器到底怎么选",
        record_title=None,
        date=None,
        notes="no record title: the thread subject (with 【求助】) is on the page; junk lines and junk glued after "
        "sentences; 'yesterday' post time (no date); replies and a reply prompt below",
        page="""
!m 萌宠之家论坛 - 养宠人的交流社区
!m 萌宠之家 › 喵星人 › 日常护理
!t 【求助】家里两只长毛猫，衣服沙发全是毛，粘毛器到底怎么选
!m 楼主：团子麻麻　昨天 21:40　阅读 1562　回复 23
{BODY}
!a 支持(8)　反对(0)　回复　分享
!l 沙发　豆豆爸：可撕式的买大卷装，一卷能用一个月
!l 板凳　橘座铲屎官：衣服上的毛用湿手套撸一遍也好使
!a 发表回复前请先登录
!m Copyright © 萌宠之家论坛　Powered by Discuz!
""",
        junk=dict(lines=2, glued=2),
        body="""
家里养了两只布偶猫，每到换毛季，衣服、沙发、床单上全是猫毛。出门前光粘衣服就要十分钟，上班差点迟到好几回。
现在用的是超市买的可撕式粘毛器，一卷六十张。撕起来经常撕不齐，一撕撕一半，用得特别快。
听说还有可水洗的硅胶滚筒和电动除毛器，不知道哪个更适合猫毛多的家庭？另外想问问大家，沙发是布艺的，用粘毛器滚会不会起球？
先谢谢各位铲屎官了！
""",
    ),
]
