"""holdout302, part B: government portals, news portals, Party-building sites, education portals and
residents' sites. Invented text (places, people, sites, URLs, numbers); see ../README.md and
../build.py for the markup. Each case written by hand."""

CASES = [
    dict(
        slug="gov-fangyang-notice-quilts-lonely-elders-index-table",
        site="淓阳县人民政府门户网站 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.fangyang.gov.cn/zwgk/bmwj/mzj/202506/t20250605_771204.html",
        title="关于为独居老人发放夏季凉被的通知",
        record_title="关于为独居老人发放夏季凉被的通知_政务公开·民政_淓阳县人民政府门户网站",
        date="2025-06-03",
        date_also=["2025-06-05"],
        notes="county portal: 大字版/语音导读/正體 links, 索引号 table with the 文号 cell unmarked (neutral) and a "
        "later 发布日期; the notice's own contact beside the portal's 12345 line and an error-report link; "
        "附件 list, 抄送 and 印发 lines in the body",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>关于为独居老人发放夏季凉被的通知_政务公开·民政_淓阳县人民政府门户网站</title>
<meta name="SiteName" content="淓阳县人民政府门户网站"><meta name="ColumnName" content="部门发文">
<script src="/js/jquery.min.js"></script><script src="/js/zwgk.js"></script>
</head><body>
<div class="topbar"><span>⟦m 淓阳县人民政府门户网站⟧</span><a>⟦a 大字版⟧</a><a>⟦a 语音导读⟧</a><a>⟦a 正體⟧</a><a>⟦a 登录政务服务网⟧</a></div>
<div class="nav"><ul><li>⟦m 首页⟧</li><li>⟦m 走进淓阳⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 政务服务⟧</li><li>⟦m 互动交流⟧</li></ul></div>
<div class="location">⟦m 当前位置：首页 &gt; 政务公开 &gt; 部门发文 &gt; 县民政局⟧</div>
<table class="xxgk">
<tr><td>⟦m 索引号：431129-0107-2025-00094⟧</td><td>⟦m 发布机构：淓阳县民政局⟧</td></tr>
<tr><td>⟦m 主题分类：社会福利⟧</td><td>淓民发〔2025〕21号</td></tr>
<tr><td>⟦m 发布日期：2025-06-05⟧</td><td>⟦m 有效性：有效⟧</td></tr>
</table>
<div class="article"><h1>{T}</h1>
<div class="tools">⟦a 【大 中 小】⟧ ⟦a 【打印这份通知】⟧ ⟦a 【保存为PDF】⟧</div>
<div class="TRS_Editor">
{BODY}
</div>
<div class="share">⟦a 分享至：微信 政务微博 QQ⟧</div>
</div>
<div class="related"><h3>⟦l 相关文件⟧</h3><ul><li>⟦l 淓阳县特困人员救助供养实施细则⟧</li><li>⟦l 关于做好2025年高温天气防暑工作的通知⟧</li></ul></div>
<div class="footer">
<p>⟦m 主办：淓阳县人民政府办公室　承办：淓阳县政务数据中心⟧</p>
<p>⟦m 政务服务便民热线：12345⟧　<a>⟦a 找错留言⟧</a></p>
<p>⟦m 网站标识码：4311290018　湘公网安备43112902000117号　湘ICP备06011358号⟧</p>
</div>
</body></html>
""",
        body="""
各乡镇人民政府，县直有关单位：
为帮助独居老人安全度夏，经县政府同意，决定今年为全县独居老人免费发放夏季凉被。现将有关事项通知如下。
一、发放对象。全县年满70周岁的独居老人，共计2164人。
二、发放时间。6月10日至6月25日，由各乡镇组织村（社区）干部上门送达，并请老人在签收表上签字或按手印。
三、工作要求。各乡镇要逐户核实名单，不得漏发、重发；发放时要顺便查看老人家中电扇、门窗等安全情况，发现问题及时报告。
联系人：符海燕　　联系电话：0736-5120948
附件：1.各乡镇凉被分配数量表
2.独居老人凉被签收表
淓阳县民政局
2025年6月3日
抄送：县老龄工作委员会办公室。
淓阳县民政局办公室　　2025年6月3日印发
""",
    ),
    dict(
        slug="gov-jianchuan-bulletin-board-racks-wrapped-68",
        site="洊川县人民政府 (invented)",
        style="政府门户",
        genre="通报",
        kind="notice",
        form="text",
        source="http://www.jianchuan.gov.cn/bmdt/scjg/202505/t20250514_30291.html",
        title="关于全县餐饮单位砧板架专项抽查情况的通报",
        record_title="【监管通报】关于全县餐饮单位砧板架专项抽查情况的通报｜洊川县人民政府·市场监管",
        date="2025-05-12",
        date_also=["2025-05-14"],
        notes="hard-wrapped at 68 columns; a problems table one row a paragraph; portal posting date differs "
        "from the 成文日期",
        page="""
!m 洊川县人民政府 www.jianchuan.gov.cn
!m 首页 > 政务公开 > 部门动态 > 市场监管
!t 【监管通报】关于全县餐饮单位砧板架专项抽查情况的通报
!m 来源：县市场监督管理局　发布日期：2025-05-14　浏览次数：318
!a 【字号 大 中 小】【打印正文】【关闭】
{BODY}
!a 转发本文：微信　微博　QQ空间
!l 上一条：县市场监管局开展春季校园食堂检查
!l 下一条：关于开展夏季食品安全宣传周活动的通知
!m 主办单位：洊川县人民政府办公室　网站标识码：4310250007
!m 湘ICP备05021187号　消费投诉举报：12315
""",
        indent="\u3000\u3000",
        wrap=68,
        body="""
各乡镇市场监管所，各餐饮服务单位：
4月中旬至5月上旬，我局对全县学校食堂、机关食堂和大中型餐馆的砧板架使用情况进行了专项抽查。现将抽查情况通报如下。
一、总体情况
共抽查餐饮单位85家，发现问题单位19家，已全部责令整改。主要问题如下：
问题类型　家数　占比
砧板架发霉、积水　9　10.6%
生熟砧板混放一架　6　7.1%
砧板架紧贴地面摆放　4　4.7%
二、整改要求
各单位要在5月31日前完成整改：砧板架应离地离墙，生熟砧板分架存放，每日清洗后晾干；木质砧板架出现霉斑的一律更换。
三、下一步工作
6月起，各监管所将开展“回头看”，对整改不到位的单位依法处理。
洊川县市场监督管理局
2025年5月12日
""",
    ),
    dict(
        slug="news-huanshan-factory-trouser-racks-export",
        site="峘山新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.huanshannews.cn/bendi/2025-08/21/content_5520317.htm",
        title="峘山一家小厂把裤架卖到了二十多个国家",
        record_date="2025-08-21",
        date="2025-08-21",
        notes="news portal: app prompt glued before the lead, listen button, a photo caption on a line of its own "
        "between paragraphs, an editor line glued after the last paragraph, 24-hour list; record title and date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>峘山一家小厂把裤架卖到了二十多个国家-峘山新闻网</title>
<script src="//static.huanshannews.cn/js/ad.js"></script></head><body>
<div class="header"><a class="logo">⟦m 峘山新闻网⟧</a><span>⟦m 峘山日报社主办⟧</span><ul class="nav"><li>⟦m 首页⟧</li><li>⟦m 本地⟧</li><li>⟦m 经济⟧</li><li>⟦m 区县⟧</li><li>⟦m 视觉⟧</li></ul></div>
<div class="crumb">⟦m 峘山新闻网 &gt; 本地新闻 &gt; 经济⟧</div>
<div class="main"><h1>{T}</h1>
<div class="byline">⟦m 2025-08-21 09:12　来源：峘山日报　作者：蒯立新⟧</div>
<div class="listen"><a>⟦a ▶ 收听本文（约2分钟）⟧</a></div>
<div class="content">
{BODY}
</div>
<div class="share">⟦a 转发到：微信好友 朋友圈 微博⟧</div>
</div>
<div class="aside"><h3>⟦l 24小时热读⟧</h3><ol><li>⟦l 峘山东站改扩建工程进入收尾阶段⟧</li><li>⟦l 鄤城区新增三条公交线路⟧</li><li>⟦l 岪口镇五金产业园签约5个项目⟧</li></ol></div>
<div class="footer">⟦d 峘山新闻网所刊稿件，未经书面授权不得转载或镜像⟧<br>⟦m 新闻热线：0730-8213366　互联网新闻信息服务许可证 43120190011⟧</div>
</body></html>
""",
        body="""
⟦a 打开峘山新闻客户端，看更多本地新闻⟧峘山网讯（记者 蒯立新）8月20日，在鄤城区岪口镇的一家五金厂里，工人们正忙着把刚下线的多层裤架装箱。这批货将在月底发往中东。
这家工厂只有60多名工人，十年前靠给外地厂家加工衣架起步。厂长邝建华说，一开始只是照着样品做，后来发现国外客户对裤架的要求更细：挂钩要能转，夹子不能在裤子上留下夹痕，五层裤架还要能折叠。
⟦m 图为工人在流水线上组装折叠裤架。（记者 蒯立新 摄）⟧
为此，工厂先后投入300多万元改造生产线，还申请了4项实用新型专利。今年前7个月，工厂出口裤架180多万个，产品卖到了20多个国家和地区。
“下一步，我们想做自己的品牌，把裤架卖进国内的大商场。”邝建华说。⟦m （责任编辑：祁雨桐）⟧
""",
    ),
    dict(
        slug="news-fengshui-media-welfare-home-fitted-sheets",
        site="沨水融媒 (invented county media centre portal)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.fengshuirm.cn/minsheng/202504/t20250409_118830.html",
        title="县福利院为失能老人换上防水床笠",
        record_title="县福利院为失能老人换上防水床笠丨沨水融媒·民生",
        date="2025-04-09",
        notes="county media portal: 发布时间 byline as the page's date, listen/font row, an editor and a "
        "reviewer line glued after the last 。",
        page="""
!m 沨水融媒 | 沨水县融媒体中心主办
!m 首页　时政　民生　乡镇　视频　专题
!t 县福利院为失能老人换上防水床笠丨沨水融媒·民生
!m 发布时间：2025-04-09 16:35　来源：沨水县融媒体中心　记者：单晓宁
!a 听新闻　｜　A+　A-
{BODY}
!a 扫码下载“掌上沨水”客户端
!l 相关新闻
!l 县慈善总会开展“暖冬行动”回访
!l 县福利院举办老人集体生日会
!d 沨水融媒原创稿件，转载须经书面同意并注明出处
!m 网络违法不良信息举报电话：0739-6812110
""",
        indent="\u3000\u3000",
        body="""
本台讯　近日，沨水县社会福利院为院内48名失能、半失能老人统一换上了防水床笠。
以往，护理员每天要给卧床老人换洗好几次床单，床单一拉就移位，老人容易长压疮。新换的床笠一面是纯棉、一面是防水层，四角带松紧，铺上后不跑不皱。
护理员蒋秋菊说：“现在一张床两三分钟就能换好，老人睡得也舒服。”
据了解，这批床笠由县慈善总会出资采购，共200条，每位老人配备4条轮换使用。福利院还对床笠清洗消毒作了规定，要求一人一床一笠、集中清洗、高温烘干。⟦m 编辑：孟小禾　审核：卜文斌⟧
""",
    ),
    dict(
        slug="dangjian-tiaoxi-summary-pioneer-kitchen-rag-racks",
        site="岧溪机关党建网 (invented)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="html",
        source="http://www.tiaoxijgdj.gov.cn/zbfc/2025/0714/4419.html",
        title="机关后勤服务中心党支部“先锋厨房”创建工作总结",
        record_title="【支部之窗】机关后勤服务中心党支部“先锋厨房”创建工作总结_岧溪机关党建网",
        date="2025-07-10",
        date_also=["2025-07-14"],
        notes="Party portal: study-points prompt, read-on-phone QR line, posting date differs from the branch's "
        "成文日期; a collect link glued after a 。",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>【支部之窗】机关后勤服务中心党支部“先锋厨房”创建工作总结_岧溪机关党建网</title>
<style>.red{color:#c00}</style></head><body>
<div class="banner">⟦m 岧溪机关党建网⟧<span>⟦m 中共岧溪县直属机关工作委员会主办⟧</span></div>
<div class="menu">⟦m 首页⟧ ⟦m 工作动态⟧ ⟦m 支部之窗⟧ ⟦m 学习园地⟧ ⟦m 党员风采⟧</div>
<div class="pos">⟦m 所在位置：首页 → 支部之窗⟧</div>
<div class="wz"><h2>{T}</h2>
<div class="wzinfo">⟦m 发布日期：2025-07-14　信息来源：县机关后勤服务中心　阅读次数：209⟧</div>
<div class="score">⟦a 认真阅读本文满3分钟，可获机关学习积分1分⟧</div>
<div class="wzcon">
{BODY}
</div>
<div class="qr">⟦a 打开手机扫一扫，党建资讯随身读⟧</div>
<div class="pn"><p>⟦l 上一篇：县档案馆党支部开展“档案里的初心”主题党日⟧</p><p>⟦l 下一篇：县财政局机关党委召开七月党建例会⟧</p></div>
</div>
<div class="foot">⟦m 中共岧溪县直属机关工作委员会　地址：岧溪县政务中心6楼　电话：0734-7265501⟧<br>⟦m 湘ICP备12002871号-2⟧</div>
</body></html>
""",
        p_html='<p style="text-indent:2em;line-height:2">{}</p>',
        body="""
今年以来，机关后勤服务中心党支部以“先锋厨房”创建为抓手，组织党员在食堂后厨亮身份、做表率，推动食堂卫生管理上了新台阶。
一是从小处着手。支部党员带头对后厨操作间进行了梳理，发现抹布乱搭乱放的问题比较突出。支部筹资为后厨安装了不锈钢抹布架8组，推行红、黄、蓝三色抹布分区挂放，做到专布专用。⟦a 〔收藏此文〕⟧
二是设立党员责任区。5名党员分别认领洗消间、切配间等5个责任区，每天下班前检查抹布架、砧板和刀具的清洁情况。
三是开展技能比武。6月组织后厨“卫生规范操作”比武，12名职工参加。
下一步，支部将把“先锋厨房”的好做法整理成制度，长期坚持下去。
中共岧溪县机关后勤服务中心支部委员会
2025年7月10日
""",
    ),
    dict(
        slug="dangjian-mancheng-speech-quilt-volunteers-cn-date",
        site="鄤城区社区党建网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://www.mcsqdj.cn/ldjh/20250704/1187.html",
        title="在社区党员志愿者“送凉被·暖民心”活动启动仪式上的讲话",
        record_title="〖领导讲话〗在社区党员志愿者“送凉被·暖民心”活动启动仪式上的讲话 - 鄤城区社区党建网",
        date="2025-07-02",
        notes="date under the speech title in Chinese numerals (neutral line), speaker line neutral; an update "
        "stamp is no date",
        page="""
!m 鄤城区社区党建网　党旗飘在社区　服务落在身边
!m 首页 ＞ 领导讲话 ＞ 正文
!t 〖领导讲话〗在社区党员志愿者“送凉被·暖民心”活动启动仪式上的讲话
!m 稿源：区委社会工作部　更新：2025-07-04　点击：462
{T}
（二〇二五年七月二日）
区委社会工作部部长　卜春阳
{BODY}
!a 【收藏此页】【打印此页】【返回顶部】
!l 相关阅读：社区党组织“微心愿”认领活动总结｜夏季送清凉慰问方案
!m 主办：中共鄤城区委社会工作部　技术支持：鄤城区数据资源中心
""",
        indent="\u3000\u3000",
        body="""
同志们、志愿者朋友们：
今天，我们在这里启动“送凉被·暖民心”活动，组织全区社区党员志愿者为高龄、独居和困难老人送去凉被，帮助他们清凉度夏。
这次活动，区里筹集了纯棉凉被1500条，由各社区党组织牵头，党员志愿者结对上门，一户一户送到老人手中。在这里，我提三点要求：
一要摸清底数。送之前要核对名单，把真正需要的老人找准，不漏一户。
二要送出温度。上门时多陪老人说说话，看看家里的电扇、空调能不能用，有困难及时登记、及时解决。
三要注意安全。天气炎热，大家要错开高温时段，做好自身防暑。
同志们，一条凉被虽小，连着的是党组织和群众的心。希望大家把好事办好、把实事办实！
""",
    ),
    dict(
        slug="edu-jianchuan-notice-boarders-fitted-sheets-attachments",
        site="洊川教育网 (invented county education bureau portal)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jy.jianchuan.gov.cn/hqbz/2025/0818/2207.html",
        title="关于做好寄宿制学校学生床笠配备工作的通知",
        record_title="关于做好寄宿制学校学生床笠配备工作的通知_后勤保障_洊川教育网",
        date="2025-08-15",
        date_also=["2025-08-18"],
        notes="education portal: 无障碍/长者 links, attachment download links beside the notice's own 附件 list, "
        "the notice's contact, phone and mailbox beside the site's technical line; '请各校下载附件' as content",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>关于做好寄宿制学校学生床笠配备工作的通知_后勤保障_洊川教育网</title>
<script src="/js/aria.js"></script></head><body>
<div class="top">⟦m 洊川教育网⟧ <a>⟦a 无障碍浏览通道⟧</a> <a>⟦a 长者关怀⟧</a> <a>⟦a 教师登录⟧</a></div>
<div class="nav">⟦m 首页⟧ ⟦m 教育要闻⟧ ⟦m 通知公告⟧ ⟦m 后勤保障⟧ ⟦m 招生考试⟧</div>
<div class="pos">⟦m 您当前的位置：洊川教育网 ＞ 后勤保障⟧</div>
<div class="article"><h1>{T}</h1>
<div class="info">⟦m 发布者：后勤保障股　发布时间：2025-08-18 10:05　浏览：1136⟧</div>
<div class="text">
{BODY}
</div>
<div class="fj"><p>⟦a 相关附件（点击下载）：⟧</p><p><a href="/u/fj1.xls">⟦a 附件1.寄宿生人数及床铺尺寸统计表.xls⟧</a></p><p><a href="/u/fj2.doc">⟦a 附件2.床笠发放签收表.doc⟧</a></p></div>
</div>
<div class="foot">⟦m 洊川县教育局主办　地址：洊川县城关镇文昌路18号⟧<br>⟦m 网站技术支持：县教育信息化中心　0735-6631000⟧<br>⟦m 湘ICP备10021906号⟧</div>
</body></html>
""",
        body="""
各中小学校：
为改善寄宿生住宿条件，防止床单滑落、床垫外露，县教育局决定在秋季开学前为全县寄宿制学校统一配备学生床笠。现将有关事项通知如下。
一、配备标准。按每名寄宿生2条配备，规格为90厘米×190厘米，纯棉面料，四角松紧包边。
二、时间安排。各校于8月25日前将寄宿生人数和床铺尺寸报县教育局后勤保障股，9月10日前完成发放。
三、有关要求。学校不得向学生收取任何费用；请各校下载附件表格，如实填写后加盖公章报送。
联系人：鲍文清　　联系电话：0735-6631207　　邮箱：jcjyhq@163.com
附件：1.寄宿生人数及床铺尺寸统计表
2.床笠发放签收表
洊川县教育局
2025年8月15日
""",
    ),
    dict(
        slug="edu-fangyang-school-notice-dorm-trouser-racks",
        site="淓阳教育网 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.fyjyw.cn/xydt/tzgg/2025-09-01/6120.html",
        title="关于学生宿舍加装裤架的通知",
        record_title="校园通知｜关于学生宿舍加装裤架的通知 - 淓阳教育网",
        date="2025-09-01",
        notes="school notice on an education portal: column prefix in the record title, numbered list 1.–4., "
        "the byline date equals the 成文日期",
        page="""
!m 淓阳教育网　淓阳县教育局主办
!m 首页 >> 校园动态 >> 通知公告
!t 校园通知｜关于学生宿舍加装裤架的通知
!m 作者：总务处　来源：淓阳县第一中学　发布：2025-09-01　阅读：277
{BODY}
!a 〔打印本文〕〔关闭页面〕
!l 上一篇：淓阳一中2025年秋季开学工作安排
!l 下一篇：关于开展新生入学教育的通知
!m 淓阳教育网　技术支持：淓阳县教育装备中心　电话：0736-5109922
""",
        indent="\u3000\u3000",
        body="""
各班主任、全体住校生：
为解决宿舍衣物乱挂、裤子堆在床上的问题，学校利用暑假在男女生宿舍每间加装了壁挂式裤架1组，每组6个挂位。现将使用事项通知如下：
1.裤架按床位编号，每人使用与床号对应的挂位，不得占用他人挂位。
2.每个挂位限挂裤子2条，不得挂书包、水壶等重物。
3.裤架如有松动、损坏，请及时告知宿管老师，不得自行拆卸。
4.每周五下午大扫除时，由各宿舍舍长负责擦拭裤架。
请各班主任在9月3日晚自习时向学生传达。
淓阳县第一中学总务处
2025年9月1日
""",
    ),
    dict(
        slug="community-boyuan-notice-free-quilts-qr-signup",
        site="浡园社区居民之家 (invented residents' site)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.boyuansq.cn/tzgg/2025/0627/311.html",
        title="关于辖区高龄老人免费领取凉被的通知",
        record_title="【楼下公告栏】关于辖区高龄老人免费领取凉被的通知 - 浡园社区居民之家",
        date="2025-06-27",
        notes="residents' site: weather line, grid member's box with a mobile, property duty line; the "
        "community's own 咨询电话 in the body; 扫描二维码报名 as content; a reminder glued before a line",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【楼下公告栏】关于辖区高龄老人免费领取凉被的通知 - 浡园社区居民之家</title></head><body>
<div class="head">⟦m 浡园社区居民之家⟧ <span class="weather">⟦m 沨水　多云转晴　26~34℃　空气质量 良⟧</span></div>
<div class="nav">⟦m 社区首页⟧ ⟦m 社区公告⟧ ⟦m 办事指南⟧ ⟦m 邻里活动⟧ ⟦m 议事厅⟧</div>
<div class="wrap"><div class="left">
<h2>{T}</h2>
<div class="sub">⟦m 发布人：社区居委会　　发布时间：2025-06-27　　阅读 389⟧</div>
<div class="con">
{BODY}
</div>
<div class="likes">⟦l 👍 点赞 41　　💬 留言 7⟧</div>
</div>
<div class="right">
<div class="grid"><h4>⟦w 我的网格员⟧</h4><p>⟦w 第三网格　柴晓芸　139 7362 0518⟧</p></div>
<div class="wy"><p>⟦w 物业24小时值班：0739-6520999⟧</p></div>
<div class="hot"><h4>⟦l 近期公告⟧</h4><p>⟦l 关于小区二次供水水箱清洗的通知⟧</p><p>⟦l 社区暑期托管班开始报名啦⟧</p></div>
</div></div>
<div class="foot">⟦m 沨水县沨桥街道浡园社区居民委员会　版权所有⟧</div>
</body></html>
""",
        body="""
各位居民：
为帮助高龄老人清凉度夏，社区联合辖区爱心企业准备了凉被200条，免费发放给辖区80周岁以上老人。现将领取事项通知如下：
一、领取时间：7月1日至7月5日，每天上午9:00—11:30。
二、领取地点：社区党群服务中心一楼服务大厅。
⟦a 温馨提醒：转给家里老人看看⟧三、领取办法：老人本人或家属携带老人身份证领取；行动不便的老人，可由家属扫描社区公告栏上的二维码报名，网格员上门送达。
咨询电话：0739-6520471（社区服务大厅）
浡园社区居民委员会
2025年6月27日
""",
    ),
    dict(
        slug="community-douqiao-convention-shared-kitchen-rag-racks",
        site="郖桥社区网 (invented)",
        style="社区网站",
        genre="制度",
        kind="other",
        form="text",
        source="http://www.douqiaosq.com/zizhi/gongyue/58.html",
        title="共享厨房抹布架使用公约",
        date=None,
        notes="residents' site: record title as is; 第N条 convention with no date; relative posting time; "
        "duty and repair phones of the site after the body",
        page="""
!m 郖桥社区网 — 我们的家园
!m 社区首页 / 居民自治 / 公约制度
{T}
!m 发布：社区居委会　浏览：156　3 天前
!a 〔分享到邻里圈〕〔收藏〕
{BODY}
!w 社区值班电话 0736-5338120　物业报修 0736-5338166
!l 相关公约：楼道堆物管理公约｜公共晾晒区使用须知
!m 郖桥社区居民委员会主办
""",
        indent="\u3000\u3000",
        body="""
第一条　为保持共享厨房干净卫生，方便大家使用，经居民议事会讨论，制定本公约。
第二条　厨房东墙设抹布架两组，每组10个挂钩，挂钩上贴有住户门牌号，一户一钩。
第三条　个人抹布用后请洗净拧干，挂在自家挂钩上，不得搭在灶台、水池边或他人挂钩上。
第四条　发黑、发臭的抹布请及时更换，长期无人使用的抹布由楼栋长清理。
第五条　志愿者每周六上午对抹布架统一清洁一次，欢迎居民报名参加。
第六条　本公约经居民议事会通过后施行，由楼栋长负责监督。
""",
    ),
]
