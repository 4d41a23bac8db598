"""Holdout14, part A: public bodies no earlier part imitated — a drug-administration
bureau, a housing-provident-fund centre, a provincial gazette, a reservoir (dam)
authority, a city planning exhibition hall, a social-insurance fund office's
recruitment, a standards institute, a state farm's tendering page, a theatre's award
notice, a blood centre's print view, a standards body's letter in print view and a
disease-control centre in a search cache. Invented text (sites, places, people, numbers,
URLs); see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="gov-yuanshui-drug-notice-html-contact",
        site="沅水市药品监督管理局 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://yjj.yuanshui.example.gov.cn/zwgk/tzgg/2025/1014/3317.html",
        title="关于开展2025年度药品零售企业质量管理自查工作的通知",
        date="2025-10-14",
        notes="HTML portal: a nav bar, a breadcrumb, a byline with 发布时间 (the page's date), a font-size row, a 相关文件 box in the sidebar; the notice's own 联系人/电话 and e-mail and an 附件 list stay; a 打印本页/关闭 row and a footer with 网站识别码 and 备案",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>关于开展2025年度药品零售企业质量管理自查工作的通知 - 沅水市药品监督管理局</title>
<script>var siteId="yjj-0731";</script></head><body>
<div class="topbar">⟦m 沅水市药品监督管理局 · 守护舌尖与用药安全⟧ <span>⟦a 无障碍 | 长者模式 | 繁體⟧</span></div>
<ul class="mainnav"><li>⟦m 首页　机构概况　政务公开　办事服务　互动交流⟧</li></ul>
<div class="pos">⟦m 所在位置：首页 » 政务公开 » 通知公告⟧</div>
<div class="wrap">
<div class="art">
<h1>{T}</h1>
<div class="byline">⟦m 发布时间：2025-10-14 09:30　信息来源：药品流通监管科　浏览次数：1126⟧</div>
<div class="fontsize">⟦a 字号：[ 大 中 小 ]⟧</div>
<div class="txt">
{BODY}
</div>
<div class="tools">⟦a 打印本页⟧　⟦a 关闭窗口⟧　⟦l 分享：微信 ｜ 微博 ｜ QQ空间⟧</div>
</div>
<div class="side">
<h3>⟦l 相关文件⟧</h3>
<ul><li>⟦l ● 沅水市药品零售企业分级分类监管办法（试行）⟧</li>
<li>⟦l ● 关于进一步规范药品网络销售行为的提醒告诫函⟧</li>
<li>⟦l ● 2025年第三季度药品抽检情况通报⟧</li></ul>
</div>
</div>
<div class="foot">
<p>⟦d 主办：沅水市药品监督管理局　版权所有 未经许可不得转载⟧</p>
<p>⟦m 网站识别码：4312000027　湘ICP备20251188号-2⟧</p>
<p>⟦m 地址：沅水市滨江大道318号　邮编：418000⟧</p>
</div>
</body></html>
""",
        body="""
各区县（市）市场监督管理局，各药品零售连锁企业总部、单体药店：
为进一步落实药品经营企业主体责任，提升全市药品零售环节质量管理水平，经研究，决定在全市范围内开展2025年度药品零售企业质量管理自查工作。现将有关事项通知如下。
一、自查范围
全市持有《药品经营许可证》的药品零售连锁门店和单体药店，共计一千八百四十二家。
二、自查内容
（一）执业药师在岗履职情况，是否存在挂证、不在岗销售处方药等问题。
（二）药品购进、验收、储存、陈列记录是否完整，冷藏药品温湿度监测设备是否正常运行。
（三）处方药销售是否凭处方，含特殊药品复方制剂是否按规定登记。
三、时间安排
企业自查阶段为10月20日至11月15日；各区县局抽查阶段为11月16日至12月10日。
四、工作要求
各企业应对照《药品零售企业质量管理自查表》逐项自查，如实填写，于11月15日前通过市局网上办事大厅“企业自查报告”栏目上传，同时打印一份加盖公章后报所在区县局备案。
联系人：市局药品流通监管科　彭晓岚，电话：0745-2213706，邮箱：yjjltk@yuanshui.example.gov.cn。
附件：1.药品零售企业质量管理自查表
2.自查情况汇总表
沅水市药品监督管理局
2025年10月14日
""",
    ),
    dict(
        slug="gov-chengzhou-gjj-announcement-table",
        site="澄州市住房公积金管理中心 (invented)",
        style="政府门户",
        genre="公告",
        kind="notice",
        form="text",
        source="https://gjj.chengzhou.example.gov.cn/tzgg/20250624/1108.html",
        title="关于调整2025年度住房公积金缴存基数的公告",
        record_title="关于调整2025年度住房公积金缴存基数的公告_通知公告_澄州市住房公积金管理中心",
        date="2025-06-24",
        record_date="2025-06-24",
        notes="record title _column_site; a data table (one row a paragraph, cells apart by U+3000) and the centre's own 12329 hotline stay; a related-reading box between two paragraphs and a collect button glued after a 。; a rating row and a hot list with counts at the bottom",
        indent="\u3000\u3000",
        page="""
!m 澄州市住房公积金管理中心
!a 个人网厅登录　|　单位网厅登录　|　公积金APP下载
!m 首页 ＞ 信息公开 ＞ 通知公告
!t 关于调整2025年度住房公积金缴存基数的公告_通知公告_澄州市住房公积金管理中心
!m 发文日期：2025-06-24　　点击量：5,307
{BODY}
!l 本文对您有帮助吗？　有用(86)　没用(3)
!l 热门办事
!l 1. 提取公积金支付房租（浏览 21,442）
!l 2. 异地转移接续（浏览 9,870）
!l 3. 贷款额度试算（浏览 8,016）
!d 本中心网站内容均为公益性信息，转载请注明出处。
!m 主办单位：澄州市住房公积金管理中心　政务服务热线：12345
""",
        body="""
各缴存单位、缴存职工：
根据《住房公积金管理条例》和省住房和城乡建设厅有关规定，经市住房公积金管理委员会审议通过，现将2025年度住房公积金缴存基数调整事项公告如下。⟦a ☆收藏本文⟧
一、缴存基数为职工本人2024年月平均工资，最高不得超过2024年度全市城镇非私营单位就业人员月平均工资的三倍，最低不得低于我市现行最低工资标准。
⟦l 延伸阅读：2024年度缴存基数调整政策问答⟧
二、2025年度各地缴存基数上下限如下：
地区　月缴存基数上限（元）　月缴存基数下限（元）
市本级　27360　2100
临江县　24120　1900
东坪县　24120　1900
三、缴存比例为5%至12%，由单位根据自身经营状况在规定范围内自主确定，单位和职工缴存比例应当一致。
四、本年度调整时间为7月1日至9月30日，缴存单位可通过单位网上服务大厅自助办理，无需到柜台。
缴存单位和职工对调整政策有疑问的，可拨打住房公积金服务热线12329咨询。
特此公告。
澄州市住房公积金管理中心
2025年6月24日
""",
    ),
    dict(
        slug="gazette-xiangnan-decision-wrapped-cn-date",
        site="湘南省人民政府公报 (invented provincial gazette, text layer)",
        style="政府门户",
        genre="决定",
        kind="other",
        form="text",
        source="http://www.xiangnan.example.gov.cn/gb/2025/d19q/202510/t20251030_88120.html",
        title="湘南省人民政府关于公布第二批省级重要农业文化遗产名录的决定",
        record_title=None,
        date="2025-10-20",
        notes="no record title; a gazette issue head (期号, 总号) and a running head; hard-wrapped at 64 columns and cut by ⦅n⦆ page markers; the document number neutral; a list of heritage items belongs to the body; 成文日期 in Chinese numerals; 抄送 and 印发 lines of the 版记 stay",
        wrap=64,
        indent="\u3000\u3000",
        pages=dict(fmt="⦅{n}⦆", every=100, start=2),
        page="""
!m 湘南省人民政府公报　2025年第19期（总第826期）
!m 目录 ＞ 省政府文件
!t 湘南省人民政府关于公布第二批省级重要农业文化遗产名录的决定
湘南政发〔2025〕21号
{BODY}
!m 湘南省人民政府公报编辑部编辑　每月10日、25日出版
!a 返回本期目录　|　下载本期PDF
""",
        body="""
各市州人民政府，省政府各厅委、各直属机构：
农业文化遗产是中华优秀传统文化的重要组成部分，蕴含着天人合一的生态理念和丰富的农耕智慧。为加强农业文化遗产的发掘、保护和传承利用，省人民政府决定，将梅林山地梯田稻作系统等十二项农业系统列入第二批省级重要农业文化遗产名录。
第二批省级重要农业文化遗产名录如下：
1.梅林山地梯田稻作系统（梅林县）
2.白溪油茶林复合经营系统（白溪县）
3.青浦湖区桑基鱼塘系统（青浦市）
4.岚峰古茶园与茶文化系统（岚峰县）
5.沙洲柑橘栽培系统（沙洲区）
6.其余七项见省农业农村厅网站公布的名录全文。
各地要认真贯彻“在发掘中保护、在利用中传承”的方针，建立健全农业文化遗产保护管理制度，编制保护与发展规划，落实保护责任主体，推动农业文化遗产与乡村旅游、特色产业融合发展。
省农业农村厅要会同有关部门加强指导和监督检查，对保护不力、遗产要素遭受严重破坏的，依照有关规定撤销其名录资格。
湘南省人民政府
二〇二五年十月二十日
抄送：省委各部门，省人大常委会办公厅，省政协办公厅。
湘南省人民政府办公厅　2025年10月24日印发
""",
    ),
    dict(
        slug="dam-qinglong-reservoir-notice-html",
        site="青龙峡水库管理局 (invented)",
        style="政府门户",
        genre="公告",
        kind="notice",
        form="html",
        source="https://www.qlxsk.example.gov.cn/news/ddgg/2025-07/1882.html",
        title="青龙峡水库泄洪预警公告",
        record_title=None,
        date="2025-07-21",
        notes="no record title; an old table layout with a left column menu; a 发布时间 line (the page's date); the authority's own 24-hour hotline and a quoted slogan stay; a scrolling weather ticker, a 上一条/下一条 pair and a footer with 备案 and 技术维护",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>青龙峡水库管理局</title>
<style>td{font-size:12px}</style></head><body>
<table width="1000" align="center"><tr><td colspan="2" class="banner">⟦m 青龙峡水库管理局　QINGLONGXIA RESERVOIR⟧</td></tr>
<tr><td colspan="2"><marquee>⟦m 今日库水位 186.42米　入库流量 2150立方米/秒　天气：大雨转暴雨⟧</marquee></td></tr>
<tr><td width="200" valign="top" class="left">
<div>⟦l 调度公告⟧</div><div>⟦l 工程简介⟧</div><div>⟦l 防汛动态⟧</div><div>⟦l 安全常识⟧</div>
</td><td valign="top">
<div class="weizhi">⟦m 当前位置：首页 &gt;&gt; 调度公告⟧</div>
<div class="bt"><b>{T}</b></div>
<div class="sj">⟦m 发布时间：2025年07月21日　来源：调度中心⟧</div>
<div class="nr">
{BODY}
</div>
<div class="fy">⟦l 上一条：青龙峡水库2025年汛期调度运用计划公示⟧<br>⟦l 下一条：关于禁止在水库库区垂钓游泳的通告⟧</div>
</td></tr>
<tr><td colspan="2" class="foot">⟦d 版权所有：青龙峡水库管理局⟧　⟦m 技术维护：西岭信息技术有限公司⟧　⟦m 鄂ICP备13009416号⟧</td></tr>
</table>
</body></html>
""",
        p_html='<p style="text-indent:2em;line-height:180%">{}</p>',
        body="""
受持续强降雨影响，青龙峡水库入库流量快速增加，库水位已超过汛限水位。根据防汛调度指令，我局定于7月21日18时起开启溢洪道闸门泄洪，下泄流量逐步加大至每秒800立方米。
泄洪期间，水库下游河道水位将明显上涨，请沿河两岸的乡镇、村组和有关单位做好以下工作：
一、立即撤离河滩、沙洲上的作业人员和机械设备，转移低洼地带群众。
二、严禁在下游河道内游泳、捕鱼、采砂、洗衣和涉水通行。
三、加强对下游堤防、桥梁和涵闸的巡查，发现险情立即报告。
请广大群众牢记“汛期不近河、涨水不涉水”，自觉服从当地政府和村组的转移安排。
水库管理局调度中心24小时值班电话：0717-6651110。
青龙峡水库管理局
2025年7月21日
""",
    ),
    dict(
        slug="planning-hall-lanshan-news-tag",
        site="岚山市城市规划展览馆 (invented)",
        style="政府门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://ghzlg.lanshan.example.gov.cn/dongtai/2025/0518-207.html",
        title="规划馆“城市微更新”主题展开幕",
        record_title="【展馆动态】规划馆“城市微更新”主题展开幕",
        date="2025-05-18",
        record_date="2025-05-18",
        notes="record title with 【column】; the museum's booking button row and opening hours (meta) at the top, a photo-credit line between paragraphs, the visitor-service phone as a footer line; the exhibition's own booking mini-program and scan sentence stay",
        gap=True,
        page="""
!m 岚山市城市规划展览馆
!a 预约参观　｜　语音导览　｜　VR展厅
!m 开放时间：周二至周日 9:00-17:00（16:30停止入馆）
!t 【展馆动态】规划馆“城市微更新”主题展开幕
!m 2025-05-18　｜　展馆动态　｜　文/图：宣教部
{BODY}
!l #城市微更新#　#国际博物馆日#　#规划展览#
!l 往期回顾
!l 「老街新生」摄影展圆满闭幕　05-06
!l 规划馆开展“小小讲解员”暑期招募　04-29
!w 团体参观预约请致电：0734-8867120（工作日）
!d ©岚山市城市规划展览馆　保留所有权利
""",
        body="""
5月18日是国际博物馆日，由岚山市自然资源和规划局主办、市城市规划展览馆承办的“城市微更新”主题展正式开幕。

本次展览分为“街巷织补”“口袋公园”“老旧小区焕新”和“共建共治”四个单元，通过图片、模型和多媒体影像，集中展示了近三年我市实施的八十六个城市微更新项目。
⟦m 摄影：龚晨⟧
展厅内，一组旧厂房改造前后的对比模型吸引了不少市民驻足。市民刘女士说：“原来每天路过的地方，现在变成了孩子们玩耍的小广场，变化真大。”

展览还设置了“我为社区画一画”互动区，市民可以在展板上写下对身边街巷改造的意见建议，展览结束后将统一汇总转交相关部门。

本次展览将持续至8月31日，免费向公众开放。市民可扫描展厅入口处的二维码，或关注“岚山规划馆”微信公众号预约参观。
""",
    ),
    dict(
        slug="exam-hezhou-pension-recruit-html-table",
        site="河州市人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="http://www.hzrsks.example.gov.cn/ksgg/2025/0911/5560.html",
        title="河州市社会保险基金管理中心2025年公开招聘工作人员公告",
        record_title="河州市社会保险基金管理中心2025年公开招聘工作人员公告",
        date="2025-09-11",
        notes="HTML exam site: a login / 报名入口 button bar, a countdown box, a breadcrumb, a position table (one row a paragraph) and the employer's own 咨询电话 and 监督电话 stay; a floating 考生服务 box with a QQ group (contact); related exams list; a footer with 主办/承办 lines",
        page="""
<html><head><meta charset="utf-8"><title>河州市社会保险基金管理中心2025年公开招聘工作人员公告_河州市人事考试网</title></head><body>
<header><div class="logo">⟦m 河州市人事考试网⟧</div>
<div class="btns">⟦a 考生登录⟧ ⟦a 网上报名入口⟧ ⟦a 准考证打印⟧ ⟦a 成绩查询⟧</div></header>
<div class="count">⟦m 距报名截止还有 6 天⟧</div>
<div class="crumb">⟦m 当前位置：首页 / 考试公告 / 事业单位招聘⟧</div>
<article>
<h2>{T}</h2>
<p class="info">⟦m 来源：市人社局　时间：2025-09-11　字号：大 中 小⟧</p>
{BODY}
</article>
<aside class="kefu"><p>⟦w 考生服务QQ群：583 210 774（仅解答报名系统操作问题）⟧</p><p>⟦w 工作日 8:30-17:30 在线答疑⟧</p></aside>
<section class="rel"><h4>⟦l 近期考试⟧</h4><ul>
<li>⟦l 河州市2025年下半年中小学教师公开招聘公告 2025-09-05⟧</li>
<li>⟦l 市医疗保障局所属事业单位选调公告 2025-08-28⟧</li></ul></section>
<footer><p>⟦m 主办：河州市人力资源和社会保障局　承办：河州市人事考试院⟧</p><p>⟦m 赣ICP备09003321号　赣公网安备36070202000188号⟧</p></footer>
</body></html>
""",
        body="""
根据《事业单位公开招聘人员暂行规定》等有关规定，经市人力资源和社会保障局同意，河州市社会保险基金管理中心决定面向社会公开招聘工作人员6名。现将有关事项公告如下。
一、招聘岗位及条件
岗位代码　岗位名称　人数　专业要求　学历要求
2501　基金会计　2　会计学、财务管理　本科及以上
2502　稽核审计　2　审计学、会计学　本科及以上
2503　信息系统管理　1　计算机科学与技术　本科及以上
2504　综合文秘　1　汉语言文学、新闻学　本科及以上
二、报名时间和方式
报名采取网上报名方式，报名时间为2025年9月15日9:00至9月19日17:00。报考人员登录河州市人事考试网报名系统填写信息、上传照片。
三、考试
考试分笔试和面试，笔试成绩和面试成绩各占50%。笔试时间另行通知，报考人员请于考前一周登录报名系统下载打印准考证。
四、咨询与监督
咨询电话：0796-8221065（市社会保险基金管理中心人事科）
监督电话：0796-8239012（市人力资源和社会保障局）
河州市社会保险基金管理中心
2025年9月11日
""",
    ),
    dict(
        slug="exam-biaozhun-institute-publicity-docx",
        site="澧川省标准化研究院 (invented, on an exam-notice site)",
        style="人事考试网",
        genre="公示",
        kind="notice",
        form="text",
        source="https://www.lcrsks.example.gov.cn/gs/2025/1103/220.html",
        title="澧川省标准化研究院2025年公开招聘拟聘用人员公示",
        record_title="澧川省标准化研究院2025年公开招聘拟聘用人员公示.docx",
        date="2025-11-03",
        notes="a file-name title; a list of successful candidates (one row a paragraph) stays with the institute's own 监督电话 and mailbox; an 附件下载 link, a 分享 row between paragraphs, a 本栏目其他公示 list with dates and a 'go to top' line",
        page="""
!m 澧川人事考试网 > 招聘公示 > 事业单位
!t 澧川省标准化研究院2025年公开招聘拟聘用人员公示.docx
!a 附件下载（1）　在线预览
{BODY}
!l 本栏目其他公示
!l ▪ 省计量测试研究院2025年拟聘用人员公示　[11-01]
!l ▪ 省质量技术评价中心补充公示　[10-27]
!a ⇧ 返回顶部
""",
        body="""
根据《澧川省事业单位公开招聘人员办法》，经笔试、面试、体检和考察等程序，现将澧川省标准化研究院2025年公开招聘拟聘用人员名单予以公示。
序号　姓名　性别　拟聘岗位　毕业院校
1　裴思远　男　标准化研究（一）　澧川大学
2　温若琳　女　标准化研究（二）　西江理工大学
3　骆嘉诚　男　质量认证　北湖工业大学
4　上官柠　女　综合管理　澧川师范大学
⟦l 分享到：微信好友 · 朋友圈 · 复制链接⟧
公示期为2025年11月3日至11月9日（5个工作日）。公示期间，如对拟聘用人员有异议，请以书面形式实名向我院反映，并提供必要的证明材料。
监督电话：028-6612 3308；来信请寄澧川省标准化研究院人事处，邮编610041；电子邮箱：rsc@lcbzy.example.org.cn。
澧川省标准化研究院
2025年11月3日
""",
    ),
    dict(
        slug="tender-baihe-farm-bidding-text",
        site="白鹤滩国营农场采购信息网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="text",
        source="https://cg.baihetan-farm.example.com/zbgg/2025/0302/46.html",
        title="白鹤滩农场2025年春耕农资（复合肥）集中采购招标公告",
        record_title="★白鹤滩农场2025年春耕农资（复合肥）集中采购招标公告【招标中】",
        date="2025-03-02",
        notes="decorated record title (★ … 【招标中】); a 发布时间 line is the page's date; a project-number line neutral-looking but marked meta; the bidding document's own 联系人/电话 and a bank account stay; a CA-login prompt, a 'subscribe to bid alerts' prompt between paragraphs, a 中标结果 list and a disclaimer at the bottom",
        indent="    ",
        page="""
!m 白鹤滩国营农场采购信息网　阳光采购 · 廉洁农垦
!a 供应商登录（CA）　|　免费注册　|　投标工具下载
!m 首页 → 招标公告 → 货物类
!t ★白鹤滩农场2025年春耕农资（复合肥）集中采购招标公告【招标中】
!m 发布时间：2025-03-02 10:15　　项目编号：BHT-CG-2025-007　　查看：640次
{BODY}
!l 【中标结果】农场职工食堂米面油采购项目　2025-02-20
!l 【中标结果】场部办公楼屋面防水维修工程　2025-02-11
!d 本网发布的招标信息由采购人负责，本网不承担因信息错误引发的任何责任。
!m 白鹤滩国营农场 版权所有 © 2025
""",
        body="""
白鹤滩国营农场2025年春耕农资（复合肥）集中采购项目已具备招标条件，现对该项目进行公开招标，欢迎符合条件的供应商参加投标。
一、项目概况
采购内容为45%硫酸钾型复合肥（15-15-15）一千二百吨，分两批交货，交货地点为农场各管理区仓库，最高限价每吨三千一百元。
二、投标人资格要求
投标人须具有独立法人资格，具有有效的肥料登记证或生产商授权书，近三年内无重大产品质量事故。
⟦a 🔔 订阅同类招标信息，开标提醒实时推送⟧
三、招标文件的获取
凡有意参加投标者，请于2025年3月3日至3月9日，每日8:30至17:00（节假日除外），持营业执照副本复印件和授权委托书到农场物资供应科领取招标文件，招标文件每套售价三百元，售后不退。
四、投标保证金
投标保证金为人民币五万元，须于3月12日17时前从投标人基本账户转入以下账户：户名：白鹤滩国营农场；开户行：农垦银行白鹤滩支行；账号：4402 0118 0900 2207。
五、联系方式
招标人：白鹤滩国营农场物资供应科
联系人：贺建军　电话：0898-8762 1134
""",
    ),
    dict(
        slug="tender-yunjin-theatre-result-html",
        site="云锦大剧院 (invented theatre site, procurement column)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://www.yunjintheatre.example.cn/about/cgxx/2025/0805.html",
        title="云锦大剧院舞台灯光系统升级改造项目中标结果公告",
        record_title="云锦大剧院舞台灯光系统升级改造项目中标结果公告",
        date="2025-08-05",
        record_date="2025-08-05",
        notes="a theatre's site: a ticketing bar and a 'now showing' carousel (list) above a procurement notice; the award table stays; a 'buy tickets' action between paragraphs; member-card prompt and a footer with 票务热线 (contact)",
        page="""
<html><head><meta charset="utf-8"><title>中标结果公告 | 云锦大剧院</title></head><body>
<div class="ticket">⟦a 在线购票⟧ ⟦a 会员中心⟧ ⟦a 登录/注册⟧</div>
<nav>⟦m 首页 · 演出日历 · 艺术教育 · 剧院概况 · 采购信息⟧</nav>
<div class="slider"><ul><li>⟦l 正在热演：舞剧《锦水谣》 08.08-08.10⟧</li><li>⟦l 即将开票：交响音乐会《山河颂》 09.01⟧</li></ul></div>
<div class="main">
<h3>{T}</h3>
<div class="time">⟦m 2025.08.05　剧院办公室⟧</div>
{BODY}
</div>
<div class="vip">⟦a 开通云锦会员卡，购票享9折 ›⟧</div>
<footer><p>⟦w 票务热线：0851-8559 6000　团体订票：0851-8559 6011⟧</p><p>⟦m 地址：云锦市观山湖区文化路1号⟧</p><p>⟦d © 2025 云锦大剧院 All Rights Reserved⟧</p></footer>
</body></html>
""",
        body="""
云锦大剧院舞台灯光系统升级改造项目（项目编号：YJT-2025-GC03）于2025年7月29日在云锦市公共资源交易中心开标，经评标委员会评审并经采购人确认，现将中标结果公告如下。
⟦a 🎫 本周演出余票查询⟧
一、中标信息
中标供应商　中标金额（万元）　工期
黔光舞台科技有限公司　386.50　60日历天
二、评标委员会成员名单
任志鹏、冉红梅、邹庆、杨澜青、袁立（采购人代表）。
三、公告期限
自本公告发布之日起1个工作日。各有关当事人对中标结果有异议的，可以在中标公告发布之日起7个工作日内以书面形式向采购人提出质疑。
四、联系方式
采购人：云锦大剧院　联系人：陶女士　联系电话：0851-8559 6120
采购代理机构：黔信招标咨询有限公司　联系人：周工　联系电话：0851-8632 0187
""",
    ),
    dict(
        slug="print-xibei-bloodcentre-initiative",
        site="西碚市中心血站 (invented, print view)",
        style="打印页",
        genre="倡议书",
        kind="letter",
        form="text",
        source="http://www.xbxz.example.org.cn/print.asp?id=1026",
        title="“热血暖冬·为爱接力”无偿献血倡议书",
        record_title=None,
        date="2025-12-01",
        notes="no record title; a print view: a print/close row, the printed URL and a 打印时间 stamp (meta, not the page's date), the page counter in the footer in a browser's words; the initiative's own slogan, hotline and 扫码 sentence stay; the date is the 成文日期",
        page="""
!a 【打印】　【关闭】
!m 西碚市中心血站
!t “热血暖冬·为爱接力”无偿献血倡议书
!m 文章来源：献血服务科　录入：admin　点击数：402
{BODY}
!m 本页地址：http://www.xbxz.example.org.cn/show.asp?id=1026
!m 打印时间：2025-12-09 15:42:17
!p 第 1 页，共 1 页
""",
        body="""
亲爱的市民朋友们：
入冬以来，受气温降低、流感高发、学校放假等因素影响，我市无偿献血人数明显减少，而临床用血需求持续增加，部分血型库存已低于警戒线。
血液是生命之源，目前还无法人工制造，临床用血只能依靠健康适龄公民的无偿捐献。在此，我们向全市市民发出倡议：
一、年满18周岁至60周岁、身体健康的市民，请就近到献血屋或献血车献血，既往无献血反应、符合健康检查要求的多次献血者可延长至65周岁。
二、各机关、企事业单位和高校积极组织团体献血，为身边的患者送去希望。
三、请大家做无偿献血的宣传者，把“献血光荣、救人一命”的理念传递给更多人。
献血咨询热线：023-6811 2380。市民还可微信扫描献血屋门口的二维码，关注“西碚献血”公众号，提前预约献血时间。
让我们伸出手臂，用热血温暖寒冬，为生命接力！
西碚市中心血站
2025年12月1日
""",
    ),
    dict(
        slug="print-standards-letter-comment-wrapped",
        site="江屿省市场监督管理局 (invented, 打印预览)",
        style="打印页",
        genre="函",
        kind="letter",
        form="text",
        source="http://scjg.jiangyu.example.gov.cn/info/print/2025/77301",
        title="关于征求《冷链食品配送服务规范》地方标准（征求意见稿）意见的函",
        record_title="关于征求《冷链食品配送服务规范》地方标准（征求意见稿）意见的函",
        date="2025-04-08",
        notes="a print preview wrapped at 70 columns; the letter's own 附件 list, contact, e-mail and the 'download from the website' sentence stay; the document number neutral; Chinese-numeral 成文日期; a header/footer the browser prints (title and URL, page 1/2) and a 打印 button line",
        wrap=70,
        page="""
!m 2025/4/10 下午3:06　　江屿省市场监督管理局—打印预览
!a [ 打印本页 ]  [ 返回 ]
!t 关于征求《冷链食品配送服务规范》地方标准（征求意见稿）意见的函
江市监标函〔2025〕18号
{BODY}
!m http://scjg.jiangyu.example.gov.cn/info/print/2025/77301
!p 1/2
""",
        body="""
各有关单位：
根据省市场监督管理局年度地方标准制修订计划，由江屿省标准化研究院牵头起草的《冷链食品配送服务规范》地方标准已形成征求意见稿。为广泛听取意见，提高标准的科学性和适用性，现公开征求意见。
请各单位认真研究，于2025年5月8日前将意见反馈表（加盖单位公章）的扫描件发送至联系邮箱。逾期未反馈的，视为无意见。
征求意见稿全文及编制说明可登录省市场监督管理局门户网站“标准化”栏目下载。
联系人：省标准化研究院　鲁一帆，电话：0591-8762 4410，邮箱：bzyjg@jybzy.example.org.cn。
附件：1.《冷链食品配送服务规范》（征求意见稿）
2.编制说明
3.意见反馈表
江屿省市场监督管理局
二〇二五年四月八日
""",
    ),
    dict(
        slug="snapshot-dongfu-cdc-health-tips",
        site="东阜县疾病预防控制中心 (invented, in a search cache)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="text",
        source="http://webcache.soukuai.example.com/c?u=http%3A%2F%2Fwww.dfcdc.example.cn%2Fjkzs%2F0912.html",
        title="秋季诺如病毒感染防控健康提示",
        record_title="秋季诺如病毒感染防控健康提示-东阜县疾病预防控制中心",
        date=None,
        notes="a search cache: the snapshot banner (meta), a 'keywords highlighted' note and a 'view current page' link (action); the page's own chrome under it; the tips' numbered list and the CDC's own consultation phone stay; no date in the page",
        page="""
!m 这是搜快网页快照，保存的是 www.dfcdc.example.cn/jkzs/0912.html 在抓取时的页面样子。
!m 搜快与该网页作者无关，不对其内容负责。以下关键词已高亮：诺如 病毒
!a ▶ 查看当前网页　|　纯文字版本
!m 东阜县疾病预防控制中心 ⇢ 健康知识
{T}
{BODY}
!l 上一篇：儿童接种流感疫苗常见问题解答
!l 下一篇：警惕！秋季也是手足口病高发期
!m 东阜县疾病预防控制中心　地址：东阜县建设南路19号
""",
        body="""
秋冬季是诺如病毒感染的高发季节，学校、托幼机构、养老机构等集体单位容易发生聚集性疫情。为做好防控工作，县疾控中心提醒广大群众注意以下几点。
1. 勤洗手。饭前便后、加工食物前要用肥皂和流动水洗手，含酒精的免洗洗手液对诺如病毒效果不佳。
2. 注意饮食卫生。不喝生水，生吃的瓜果要洗净，牡蛎等贝类海产品要煮熟煮透。
3. 做好消毒。患者呕吐物要用含氯消毒剂覆盖消毒，清理时佩戴口罩和手套。
4. 患病后居家休息。出现呕吐、腹泻症状应及时就医，症状消失后72小时内不要上学、上班或从事食品加工工作。
如有疑问，可拨打县疾控中心咨询电话0557-4021 337。
""",
    ),
]
