"""holdout216, part E: hospitals, training schools, Q&A sites, encyclopaedias and search-cache snapshots.
Every case written by hand; invented sites, places, people and numbers.
"""

CASES = [
    dict(
        slug="hospital-lianxi-notice-ward-drug-storage-hygrometers",
        site="奁溪县人民医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.lxxrmyy.com/yxb/tzgg/2024-05-10/1306.html",
        title="关于规范病区药品储存温湿度记录的通知",
        record_title="【药事管理】关于规范病区药品储存温湿度记录的通知-奁溪县人民医院",
        date="2024-05-08",
        date_also=["2024-05-10"],
        notes="hospital site: a booking float and a 24-hour line beside the pharmacy's own 咨询电话; 成文日期 under the "
        "signature, the posting date also accepted; a print link glued after a sentence",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>【药事管理】关于规范病区药品储存温湿度记录的通知-奁溪县人民医院</title>
</head><body>
<div class="h-top">⟦m 奁溪县人民医院⟧ ⟦m 二级甲等综合医院⟧ ⟦m 急诊24小时：0739-5288120⟧</div>
<div class="h-nav">⟦m 医院概况⟧ ⟦m 科室导航⟧ ⟦m 专家介绍⟧ ⟦m 就医指南⟧ ⟦m 院务公开⟧ ⟦m 药学园地⟧</div>
<div class="h-loc">⟦m 首页 » 院务公开 » 科室通知⟧</div>
<h1>{T}</h1>
<div class="h-meta">⟦m 发布科室：药学部　发布时间：2024-05-10　阅读：412⟧</div>
<div class="h-body">
{BODY}
</div>
<div class="h-float"><a>⟦a 预约挂号⟧</a><a>⟦a 报告查询⟧</a><a>⟦a 来院导航⟧</a></div>
<div class="h-foot">⟦m 地址：奁溪县解放中路203号　总机：0739-5281000⟧<br>⟦m 奁溪县人民医院 版权所有　湘ICP备16018752号⟧</div>
</body></html>
""",
        body="""
各临床科室、护理单元：
近期药学部巡查发现，部分病区药品储存柜的温湿度记录存在漏记、补记现象，个别病区温湿度计已超过检定有效期仍在使用。为保证病区药品质量，现将有关要求通知如下：
一、各病区治疗室须配备经检定合格的温湿度计，冷藏冰箱内另放一只冰箱专用温度计。
二、护士每天上午、下午各记录一次温湿度，超出范围时立即采取措施，并在记录表备注栏写明处理情况。⟦a 🖨打印本通知⟧
三、温湿度计由药学部统一登记，到期前一个月送检，各病区不得自行更换。
四、药学部每月抽查一次，抽查结果纳入科室质量考核。
药学部咨询电话：0739-5281136
奁溪县人民医院药学部
2024年5月8日
""",
    ),
    dict(
        slug="hospital-tuocheng-article-wrist-pain-racket-choice",
        site="橐城市第二人民医院 (invented, text capture)",
        style="医院官网",
        genre="科普文章",
        kind="other",
        form="text",
        source="https://www.tcdermyy.cn/kfyxk/kpzs/20240820/880.html",
        title="打羽毛球手腕疼？可能是球拍没选对",
        record_title="运动康复说｜打羽毛球手腕疼？可能是球拍没选对 - 橐城二院",
        date="2024-08-20",
        notes="hospital text: the byline's 发布时间 is the page's date; the department's 咨询电话 beside the hospital's "
        "booking line; readers asked to follow the hospital's account (content)",
        page="""
!m 橐城市第二人民医院
!m 首页 > 科室导航 > 康复医学科 > 科普知识
{T}
!m 发布时间：2024-08-20　　作者：康复医学科 黎晓帆　　浏览：1377
{BODY}
!m 预约挂号：0772-2331000（7:30—17:00）
!l 相关科普：网球肘不只打网球的人才会得｜运动前热身的正确打开方式
!d 本文仅供健康科普，不能代替医生面诊。
""",
        body="""
最近，康复医学科门诊来了不少手腕疼的羽毛球爱好者。一问才知道，很多人用的是磅数过高、偏头重的球拍。
羽毛球拍越重、平衡点越靠拍头，击球时手腕承受的力量就越大；磅数拉得太高，球拍弹性变差，震动更多地传到手腕和前臂。业余爱好者如果力量不足，长期使用这类球拍，容易引起腕部腱鞘炎和网球肘。
建议大家：一是选择重量适中、平衡点偏中的球拍，磅数控制在22至25磅；二是握拍不要太紧，击球瞬间再发力；三是打球前做好腕关节热身，打完后冰敷。
如果手腕疼痛超过两周不缓解，或出现肿胀、活动受限，请及时到医院就诊。
康复医学科咨询电话：0772-2331258。想了解更多运动康复知识，可以关注医院微信公众号“橐城二院”。
""",
    ),
    dict(
        slug="training-feiyu-brochure-badminton-winter-camp",
        site="飞羽羽毛球培训中心 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.feiyu-ymq.com/zhaosheng/hanjia2025.html",
        title="青少年羽毛球寒假集训营招生简章",
        record_title="【寒假营火热报名】青少年羽毛球寒假集训营招生简章（每班12人）- 飞羽羽毛球",
        date=None,
        notes="training school: promo banner and consult float; a course table; the school's 报名电话 beside a 400 "
        "franchise line; sign-up by scanning a code and following an account (content); no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>【寒假营火热报名】青少年羽毛球寒假集训营招生简章（每班12人）- 飞羽羽毛球</title>
</head><body>
<div class="promo">⟦a 老学员续报立减300元，戳这里 ›⟧</div>
<div class="hd">⟦m 飞羽羽毛球培训中心⟧ ⟦m 让每个孩子都爱上运动⟧</div>
<div class="nav">⟦m 首页⟧ ⟦m 课程体系⟧ ⟦m 教练团队⟧ ⟦m 招生信息⟧ ⟦m 校区分布⟧</div>
<h1>{T}</h1>
<div class="m">⟦m 飞羽教务处　阅读 2046⟧</div>
<div class="zs">
{BODY}
</div>
<div class="float"><p>⟦w 课程顾问在线⟧</p><p>⟦a 免费预约体验课⟧</p></div>
<div class="ft">⟦w 品牌加盟：400-628-1177⟧<br>⟦m 飞羽体育文化有限公司　橐城市体育路体育馆东门⟧</div>
</body></html>
""",
        body="""
寒假是孩子打基础、提技术的好时机。飞羽羽毛球培训中心2025年寒假集训营现开始报名。
一、招生对象：6至14岁青少年，零基础和有基础均可，按水平分班，每班不超过12人。
二、课程安排
班级　时间　课时　费用
启蒙班　1月20日—2月7日　15次　1280元
提高班　1月20日—2月7日　15次　1580元
竞技班　1月20日—2月14日　20次　2380元
三、学员须知：启蒙班由中心统一提供球拍和用球；提高班、竞技班学员请自带球拍，中心可提供穿线服务。
四、报名方式：扫描下方二维码填写报名信息，或到中心前台现场报名。关注“飞羽羽毛球”公众号，可查看每天的训练视频。
报名电话：0772-2317708
""",
    ),
    dict(
        slug="training-juanzong-brochure-archive-cabinet-course",
        site="卷宗职业培训学校 (invented, text capture)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="text",
        source="http://www.juanzong-px.cn/kc/dangan/202503.html",
        title="文书档案整理与文件柜管理实务培训班招生简章",
        record_title="〔双休班〕文书档案整理与文件柜管理实务培训班招生简章 | 卷宗职校",
        date=None,
        notes="training school text: a trial-lesson line between paragraphs; the school's 报名咨询 beside a consult "
        "WeChat; numbered content; no date",
        page="""
!m 卷宗职业培训学校
!m 首页　课程中心　师资力量　报名须知　学员风采
{T}
!m 课程编号：DA-2503　　已报名 37 人
{BODY}
!w 课程顾问微信：juanzong_px（备注“档案班”）
!a 在线报名　｜　下载课程表
!d 卷宗职业培训学校保留对课程安排的最终解释权。
!m 卷宗职业培训学校　办学许可证号：教民14508012000313号
""",
        body="""
为帮助机关、企事业单位档案工作人员掌握文书档案整理和文件柜管理的实用方法，我校开设文书档案整理与文件柜管理实务培训班。
一、培训内容：文件分类与组件、卷内文件排序与编号、档案盒填写规范、文件柜分区与标识、涉密文件存放要求、档案库房防火防潮。
⟦a 先听一节免费试听课，再决定报不报 ›⟧
二、培训时间：3月8日至3月30日，每周六、周日9:00—16:00，共8天。
三、培训费用：1800元/人，含教材和实训耗材，结业考核合格的颁发培训证书。
四、报名方式：携带身份证复印件和一寸照片两张到校报名，单位集体报名5人以上享九折。
报名咨询：0736-7762105（曹老师）
""",
    ),
    dict(
        slug="qa-wentu-answer-carry-on-trolley-size",
        site="问途 (invented Q&A site)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.wentu.cn/question/7702318",
        title="20寸拉杆箱能带上飞机吗？登机箱尺寸到底怎么算？",
        record_title=None,
        date=None,
        notes="Q&A: no record title (the question); adopted-answer badge, vote row, more answers; answered '3 天前' "
        "(no date)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>20寸拉杆箱能带上飞机吗？登机箱尺寸到底怎么算？ - 问途</title>
</head><body>
<div class="wt-head">⟦m 问途⟧ ⟦m 有问题，上问途⟧ <a>⟦a 提问⟧</a> <a>⟦a 登录⟧</a></div>
<div class="wt-tags">⟦l 话题：出行 · 航空 · 拉杆箱⟧</div>
<h1 class="q-title">{T}</h1>
<div class="q-meta">⟦m 关注者 208 · 被浏览 9.6万⟧</div>
<div class="q-desc">⟦l 下周第一次坐飞机，买了个20寸的拉杆箱，怕到机场被要求托运。⟧</div>
<div class="answer best"><span>⟦m ✔ 提问者采纳⟧</span>
<div class="ans-author">⟦m 常飞的大漠 · 航空公司地服，干了8年⟧</div>
<div class="ans-body">
{BODY}
</div>
<div class="ans-foot">⟦m 回答于 3 天前⟧ ⟦l ▲ 赞同 1832⟧ ⟦l ▼⟧ ⟦l 💬 96 条评论⟧ ⟦a 收藏⟧</div></div>
<div class="more">⟦l 查看全部 41 个回答⟧</div>
<div class="wt-foot">⟦m 问途 wentu.cn　京ICP证180917号⟧</div>
</body></html>
""",
        body="""
能不能带，不看“20寸”这个说法，要看箱子的实际尺寸和重量。
国内航空公司经济舱随身行李一般要求长宽高分别不超过55厘米、40厘米、20厘米，重量不超过5公斤或10公斤，各家规定不一样，买票后在航空公司官网就能查到。
要注意几点：
1．量尺寸要把轮子和拉杆的把手算进去。很多标称20寸的拉杆箱，加上轮子高度就超过55厘米了。
2．重量别装太满，登机口抽查时超重也会被要求托运。
3．箱子里别放充电宝以外的锂电池设备备件，充电宝必须随身带，不能托运。
如果不确定，出发前用卷尺量一下，比到了机场再折腾省心多了。
""",
    ),
    dict(
        slug="qa-zhifou-answer-hygrometer-placement",
        site="知否问答 (invented, text capture)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://www.zhifou-wenda.com/q/3318072.html",
        title="温湿度计放在房间哪个位置读数才准？",
        record_title="温湿度计放在房间哪个位置读数才准？ - 知否问答",
        date=None,
        notes="Q&A text: a question line (title), answerer line, an edited-yesterday stamp (no date), vote and comment "
        "rows, more answers",
        page="""
!m 知否问答
{T}
!l 家里买了个电子温湿度计，放在床头和放在窗边读数差很多，到底该放哪儿？
!m 3 个回答　·　1.2万 浏览
!m 最佳回答　｜　暖通工程师老汪
{BODY}
!m 编辑于 昨天 22:16
!l 👍 有用 341　　💬 评论 27　　↗ 分享
!l 其他回答：放客厅中间就行，别想太多。
!a 登录知否，写下你的回答
""",
        body="""
温湿度计测的是它周围那一小块空气，所以位置很关键。
一般建议放在房间中部、离地1米到1.5米高的地方，这大约是人坐着或站着时呼吸的高度。
以下几个位置尽量避开：窗边和外墙边，受室外温度影响大；暖气片、空调出风口和加湿器旁边，读数会偏高或偏低；厨房、卫生间门口，湿度忽高忽低；阳光直射的地方，电子表外壳被晒热后温度偏高。
另外，刚换位置的温湿度计需要放半小时左右再读数。两只表读数不一样时，可以把它们并排放一晚上比对，差得多的那只拿去校准或者换掉。
""",
    ),
    dict(
        slug="wiki-bowen-entry-thermo-hygrometer",
        site="博闻百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://baike.bowen.net/item/温湿度计/30217",
        title="温湿度计",
        record_title="温湿度计（测量仪器）_博闻百科",
        date=None,
        notes="encyclopaedia: edit/discuss/history tabs, an infobox, a contents box and reference markers glued after "
        "sentences; the entry's name opens the body (its repeats before the body matched as head); no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>温湿度计（测量仪器）_博闻百科</title>
</head><body>
<div class="bw-top">⟦m 博闻百科⟧ ⟦m 知识无边，博闻有据⟧ <a>⟦a 进入词条⟧</a> <a>⟦a 登录⟧</a></div>
<div class="bw-tabs">⟦a 编辑本条⟧ ⟦a 参与讨论⟧ ⟦a 修订记录⟧ ⟦a 上传图册⟧</div>
<h1>{T}</h1>
<div class="bw-sub">⟦m 测量仪器⟧</div>
<div class="bw-stat">⟦m 本词条由“博闻科技协作组”审核　浏览 26118 次⟧</div>
<table class="infobox">
<tr><td>⟦m 中文名：温湿度计⟧</td><td>⟦m 外文名：thermo-hygrometer⟧</td></tr>
<tr><td>⟦m 类　别：测量仪器⟧</td><td>⟦m 常见类型：指针式、电子式、干湿球式⟧</td></tr></table>
<div class="catalog">⟦l 目录：1 简介 2 类型 3 使用注意⟧</div>
<div class="bw-content">
{BODY}
</div>
<div class="refs"><p>⟦l 参考资料⟧</p><p>⟦l [1] 《湿度测量仪器检定规程》编写组.湿度测量基础⟧</p></div>
<div class="bw-foot">⟦d 博闻百科词条内容仅供参考，如需专业意见请咨询相关机构。⟧ ⟦m © 2024 博闻百科⟧</div>
</body></html>
""",
        body="""
温湿度计是一种同时测量环境温度和相对湿度的仪器，广泛用于家庭、档案库房、药品仓库、温室和实验室等场所。⟦l [1]⟧
按工作原理，常见的温湿度计可分为三类：指针式温湿度计利用双金属片和毛发或高分子材料的形变带动指针；电子温湿度计利用温度传感器和湿敏电容测量，液晶屏显示读数；干湿球温湿度计由两支温度计组成，根据干球、湿球的温差查表得出相对湿度。
使用温湿度计时，应避免阳光直射和靠近热源、水源。用于药品储存、档案保管等场所的温湿度计，应按规定定期检定或校准。⟦l [2]⟧
""",
    ),
    dict(
        slug="wiki-wanxiang-entry-filing-cabinet",
        site="万象词典 (invented encyclopaedia, text capture)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="text",
        source="https://www.wanxiangcidian.com/ci/wenjiangui",
        title="文件柜",
        date=None,
        notes="the record gives the title as is; an entry whose name opens the body (the repeated name matched as head); "
        "an 'edit this section' link glued to a section line; no date",
        page="""
!m 万象词典 · 开放式百科
!a 编辑　｜　讨论　｜　历史
{T}
!m 词性：名词　　拼音：wén jiàn guì
{BODY}
!l 词条标签：办公家具　档案管理　钢制家具
!m 本词条最近修订：6 天前　　贡献者 14 人
!d 万象词典内容以知识共享方式发布。
""",
        body="""
文件柜是用于存放文件、资料和档案的柜子，是机关、学校和企业常用的办公家具。
材质与类型⟦a [编辑此段]⟧
按材质分，有钢制文件柜、木质文件柜和钢木结合文件柜。钢制文件柜防火、防潮性能较好，最为常见。按结构分，有对开门文件柜、玻璃门文件柜、抽屉式文件柜和密集柜等。
使用要求
文件柜应放置在干燥、通风处，不宜贴墙摆放。存放涉密文件的应使用带密码锁的保密柜，钥匙由专人保管。柜内文件宜分类摆放，并在柜门上张贴目录，便于查找。
""",
    ),
    dict(
        slug="snapshot-mijing-bulletin-fake-badminton-rackets",
        site="觅径搜索 网页快照 (invented)",
        style="搜索快照",
        genre="通报",
        kind="notice",
        form="html",
        source="http://cache.mijing.cn/c?m=9f3a01d2&u=http://scjgj.tuocheng.gov.cn/tzgg/202411/t20241119_2231.html",
        title="关于查处假冒品牌羽毛球拍案件情况的通报",
        record_title="关于查处假冒品牌羽毛球拍案件情况的通报 - 觅径·页面快照",
        date="2024-11-19",
        notes="search-cache frame: capture banner with highlighted terms and a capture time (no date); the original page's "
        "chrome inside; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>关于查处假冒品牌羽毛球拍案件情况的通报 - 觅径·页面快照</title>
</head><body>
<div class="cache-bar"><p>⟦d 这是觅径搜索保存的页面快照，留存于 2024-12-03 04:17，原网页可能已更新。⟧</p>
<p>⟦a 查看原网页 ›⟧</p><p>⟦m 已标亮以下搜索词：<b>假冒</b> <b>羽毛球拍</b>⟧</p></div>
<hr>
<div class="orig-top">⟦m 橐城市市场监督管理局⟧</div>
<div class="orig-nav">⟦m 首页 ＞ 公告公示⟧</div>
<h2>{T}</h2>
<div class="orig-meta">⟦m 浏览：511　【打印】【关闭】⟧</div>
<div class="orig-body">
{BODY}
</div>
<div class="orig-foot">⟦m 橐城市市场监督管理局主办　投诉举报：12315⟧</div>
</body></html>
""",
        body="""
各县（区）市场监督管理局：
10月以来，市局根据企业投诉线索，组织开展假冒品牌羽毛球拍专项检查，共检查体育用品商店和网店63家，查处销售假冒羽毛球拍案件5起，现场查扣假冒球拍1140支，罚没款共计9.7万元。
从查处情况看，假冒球拍多冒用知名品牌和本地企业商标，拍框多为铝碳混合材料，标称“全碳素”，价格只有正品的三分之一。
各地要以此为鉴，加强对体育用品市场的日常检查，发现涉嫌犯罪的及时移送公安机关。
橐城市市场监督管理局
2024年11月19日
""",
    ),
    dict(
        slug="snapshot-soulifang-rules-visitor-trolley-storage",
        site="搜立方 文字快照 (invented)",
        style="搜索快照",
        genre="制度",
        kind="other",
        form="text",
        source="http://kuaizhao.soulifang.com/t?k=6a0e91&url=http://www.yuanshan-lvyou.cn/fuwu/jicun.html",
        title="游客中心拉杆箱寄存服务管理制度",
        date=None,
        notes="text-only cache: the capture line (no date) and a 'text only' note; rules with 第N条 that speak of 扫码 "
        "(content); the record gives the title as is; no date",
        page="""
!d 搜立方文字快照：仅显示文字内容，保存时间 2024-10-30 11:52
!a 查看带图片的完整版本　｜　打开原网页
!m 岜岭风景区 · 游客服务
{T}
{BODY}
!m 景区咨询电话：0736-6180222
!m 岜岭风景区管理处　版权所有
""",
        body="""
第一条　为方便游客游览，规范行李寄存服务，制定本制度。
第二条　游客中心设自助寄存柜60格和人工寄存台1处，可寄存拉杆箱、背包等随身行李。
第三条　游客使用自助寄存柜，扫描柜门二维码即可开柜存包，离开景区前扫码取包。28寸以上拉杆箱请到人工寄存台办理。
第四条　寄存物品不得含有易燃易爆、有毒有害及鲜活物品，现金和贵重物品请随身携带。
第五条　寄存当日免费，超过当日17:30未取的，由工作人员登记后转入行李房保管。
第六条　寄存物品丢失或损坏的，景区按照寄存登记情况核实处理。
第七条　本制度由景区管理处负责解释。
""",
    ),
]
