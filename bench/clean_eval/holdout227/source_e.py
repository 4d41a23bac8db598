"""holdout227, part E: residents' sites, associations, company sites, training schools, writing apps, an exam forum.

Invented text (places, people, firms, sites, URLs, phones); see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="community-xiqiao-notice-elderly-pouches",
        site="舾桥社区 (invented residents' site)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.xiqiaosq.cn/gg/2025/1203/256.html",
        title="关于为辖区高龄老人发放证件收纳文件袋的通知",
        record_title="【居民请留意】关于为辖区高龄老人发放证件收纳文件袋的通知 · 舾桥社区",
        date="2025-12-03",
        notes="residents' site: weather line, a grid worker's box with a mobile, property duty and repair lines beside the community's 咨询电话 in the body; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>【居民请留意】关于为辖区高龄老人发放证件收纳文件袋的通知 · 舾桥社区</title>
<script src="/js/sq.js"></script>
</head><body>
<div class="sq-top">⟦m 舾桥社区 · 邻里一家亲⟧ <span>⟦m 舾阳城关 晴 3～12℃ 空气质量良⟧</span></div>
<ul class="sq-nav"><li>⟦m 社区首页⟧</li><li>⟦m 居务公开⟧</li><li>⟦m 便民服务⟧</li><li>⟦m 邻里活动⟧</li></ul>
<div class="sq-crumb">⟦m 社区首页 › 居务公开 › 社区公告⟧</div>
<div class="sq-art"><h1>{T}</h1>
<div class="sq-info">⟦m 发布人：舾桥社区居委会　浏览：392⟧</div>
<div class="sq-body">
{BODY}
</div></div>
<div class="sq-grid"><h4>⟦m 我的网格员⟧</h4><p>⟦m 第三网格　温小禾　手机 138 8160 2274⟧</p></div>
<div class="sq-wy"><p>⟦m 锦舾物业24小时值班：0836-5138999⟧</p><p>⟦m 水电报修请拨：0836-5138998⟧</p></div>
<div class="sq-foot">⟦m 舾桥社区居民委员会　地址：舾阳县城关镇舾桥路41号⟧</div>
</body></html>
""",
        body="""
各位居民朋友：
为方便老年人保管身份证、医保卡、存折等证件，防止遗失，社区居委会定制了一批防水证件收纳文件袋，免费发放给辖区80周岁以上老人。
一、领取时间：12月8日至12月12日，上午9:00—11:30，下午2:30—5:00。
二、领取地点：舾桥社区党群服务中心一楼便民窗口。
三、领取方式：老人本人或家属凭老人身份证领取，行动不便的，可致电社区，由网格员送上门。
咨询电话：0836-5138620
舾桥社区居民委员会
2025年12月3日
""",
    ),
    dict(
        slug="community-lianbo-announcement-volunteer-clock-scan",
        site="潋波社区服务网 (invented, text page)",
        style="社区网站",
        genre="公告",
        kind="notice",
        form="text",
        source="http://lianbo.lianxi-sq.cn/news/2025/0624/88.html",
        title="关于志愿服务站启用签到考勤机的公告",
        record_title="关于志愿服务站启用签到考勤机的公告（7月1日起执行）- 潋波社区服务网",
        date="2025-06-24",
        notes="residents' text page: 扫码签到 as content; a volunteer-recruitment line between paragraphs; 成文日期 under the signature",
        page="""
!m 潋波社区服务网　　潋溪县潋溪街道潋波社区
!m 首页 > 志愿服务 > 通知公告
{T}
!m 发布：社区志愿服务站　点击：153
{BODY}
!a 〖打印本页〗〖返回列表〗
!m 社区服务电话：0836-6620315　物业前台：0836-6620300
!m 潋波社区居民委员会 版权所有
""",
        body="""
社区各位志愿者：
为准确记录志愿服务时长，社区志愿服务站已安装一台人脸签到考勤机，自7月1日起启用。
1.志愿者到站服务时，请在考勤机前刷脸签到，离开时再次签退，系统自动计算服务时长。
2.外出开展活动的，请扫码签到，二维码张贴在服务站门口。
⟦a 还不是潋波志愿者？点这里在线报名加入⟧
3.服务时长每月在社区公告栏公示，年底作为评选优秀志愿者的依据。
首次使用前，请携带身份证到服务站录入人脸信息。
潋波社区居民委员会
2025年6月24日
""",
    ),
    dict(
        slug="association-bizhou-pack-pledge-sealer-quality",
        site="濞州市包装机械行业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="html",
        source="http://www.bzpma.org.cn/xhdt/2025/0418/301.html",
        title="封口机生产企业质量诚信自律倡议书",
        record_title="〖诚信自律〗封口机生产企业质量诚信自律倡议书 | 濞州市包装机械行业协会",
        date="2025-04-15",
        date_also=["2025-04-18"],
        notes="association site: member login, a member hotline, the association's name also the signature (matched as head); 分享 as content; the page's date also accepted",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>〖诚信自律〗封口机生产企业质量诚信自律倡议书 | 濞州市包装机械行业协会</title>
<script src="/js/xh.js"></script>
</head><body>
<div class="xh-top"><span>⟦m 濞州市包装机械行业协会⟧</span> <a>⟦a 会员单位登录⟧</a> <a>⟦a 入会申请⟧</a></div>
<ul class="xh-nav"><li>⟦m 协会概况⟧</li><li>⟦m 协会动态⟧</li><li>⟦m 会员风采⟧</li><li>⟦m 团体标准⟧</li></ul>
<div class="xh-crumb">⟦m 协会首页 ＞ 协会动态 ＞ 自律倡议⟧</div>
<div class="xh-art"><h1>{T}</h1>
<div class="xh-info">⟦m 发布日期：2025-04-18　来源：协会秘书处⟧</div>
<div class="xh-body">
{BODY}
</div></div>
<div class="xh-side"><h4>⟦l 会员服务⟧</h4><p>⟦m 会员服务专线：0833-2606011⟧</p><p>⟦l 2025年会员年检通知⟧</p></div>
<div class="xh-foot">⟦m 版权所有：濞州市包装机械行业协会秘书处　蜀ICP备20017718号⟧</div>
</body></html>
""",
        body="""
全市封口机生产企业：
近年来，我市封口机产业发展迅速，产品销往全国各地。但也有个别企业虚标功率、偷工减料，损害了“濞州封口机”的整体声誉。为此，市包装机械行业协会向全体会员企业发出如下倡议：
一、诚信标注。如实标注产品功率、封口宽度和适用材料，不夸大宣传。
二、严守安全底线。加热部件和电源线必须符合国家标准，出厂前逐台通电检验。
三、做好售后服务。公开维修电话，接到用户报修后48小时内响应。
欢迎会员企业在官网和门店张贴本倡议，并分享给上下游合作伙伴。
濞州市包装机械行业协会
2025年4月15日
""",
    ),
    dict(
        slug="association-bizhou-label-minutes-vote-record-title",
        site="濞州市标识印刷行业协会 (invented, text page)",
        style="行业协会",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://www.bzbsxh.org/dongtai/2025/0603/77.html",
        title="濞州市标识印刷行业协会第三届理事会第五次会议纪要",
        date="2025-05-27",
        notes="title given by the record as is; the minutes' 时间/地点/主持/出席/记录 lines and a vote count; the date from the 时间 line; a join-the-association line glued after a sentence",
        page="""
!m 濞州市标识印刷行业协会　　会员热线：0833-2617730
!m 首页 ＞ 协会动态 ＞ 会议纪要
{T}
!m 秘书处　2025-06-03 发布　浏览 96
{BODY}
!l 往期纪要：第三届理事会第四次会议纪要
!a 会员单位可登录后台下载纪要盖章件
!m 濞州市标识印刷行业协会秘书处　蜀ICP备19044015号
""",
        body="""
时间：2025年5月27日上午
地点：协会会议室
主持：会长　卞书鸿
出席：理事21人（应到25人）
记录：秘书处　孟小棠
会议审议了《标签机及耗材团体标准（征求意见稿）》，听取了秘书处关于上半年会员服务情况的汇报。纪要如下：
一、会议表决通过团体标准征求意见稿，同意19票，反对0票，弃权2票，由秘书处在官网公开征求意见。
二、会议同意吸收濞州联码科技有限公司等3家标签机生产企业为会员单位。⟦a 有意入会的企业请点此填写申请表⟧
三、9月举办标签机操作技能培训班，由副会长单位承办。
""",
    ),
    dict(
        slug="company-yinzhun-news-counter-appraisal-record-date",
        site="银准科技 (invented company site)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.yinzhun-tech.com/news/2025/1030.html",
        title="银准科技新一代点钞机通过省级新产品鉴定",
        record_title="银准科技新一代点钞机通过省级新产品鉴定 - 银准动态 - 银准科技",
        record_date="2025-10-30",
        date="2025-10-30",
        notes="company site: cookie notice, a service float; the title repeated and glued to the news lead; date from the record",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>银准科技新一代点钞机通过省级新产品鉴定 - 银准动态 - 银准科技</title>
<script src="/assets/site.js"></script>
</head><body>
<div class="yz-cookie">⟦d 本站使用Cookie改善浏览体验，继续访问即表示您同意⟧ <button>⟦a 知道了⟧</button></div>
<header><span>⟦m 银准科技⟧</span> <span>⟦m 让每一张钞票都经得起检验⟧</span>
<nav><a>⟦m 产品中心⟧</a> <a>⟦m 解决方案⟧</a> <a>⟦m 银准动态⟧</a> <a>⟦m 联系我们⟧</a></nav></header>
<div class="crumb">⟦m 首页 / 银准动态 / 公司新闻⟧</div>
<article><h1>{T}</h1>
<p class="date">⟦m 2025-10-30　浏览 802⟧</p>
<div class="text">
{BODY}
</div>
<p class="pn">⟦l 下一篇：银准科技亮相金融机具博览会⟧</p></article>
<div class="float-kf"><a>⟦w 售前咨询 400-610-7719⟧</a> <a>⟦a 在线客服⟧</a></div>
<footer>⟦m © 2025 濞州银准科技有限公司　蜀ICP备17001553号-1⟧</footer>
</body></html>
""",
        body="""
⟦t 银准科技新一代点钞机通过省级新产品鉴定⟧10月28日，公司自主研发的YZ-9新一代点钞机通过省级新产品鉴定。鉴定委员会认为，该产品在冠字号识别速度和多币种鉴伪方面达到国内先进水平。
YZ-9点钞机采用多光谱图像传感器，每分钟可清点钞票1000张以上，对各类变造币、拼接币的识别准确率超过99.9%。
公司总经理邬承泽表示，公司将加快新产品量产，今年底前向合作银行交付首批800台。
""",
    ),
    dict(
        slug="company-shiyin-recall-clock-adapters-record-title",
        site="艨川时印电子 (invented company site, text page)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.shiyin-dz.com/gonggao/2025/0630.html",
        title="关于召回部分批次考勤机电源适配器的公告",
        date="2025-06-30",
        notes="title given by the record as is; a batches table; the recall line in the body beside the site's 400 order line; 成文日期 under the signature",
        page="""
!m 艨川时印电子有限公司　|　考勤机 · 门禁机 · 标签机
!m 首页 › 公司公告
{T}
!m 发布：品质部　阅读：1204
{BODY}
!w 批量采购考勤设备请拨订购热线 400-177-2386
!l 产品推荐：SY-F8人脸考勤机　SY-L2便携标签机
!m Copyright © 艨川时印电子有限公司　蜀ICP备16034109号
""",
        body="""
尊敬的用户：
我公司近期在质量抽检中发现，部分批次考勤机随机附带的电源适配器存在外壳阻燃性能不达标的问题，长时间使用可能发热变形。为保障用户安全，公司决定主动召回以下批次产品：
适配器型号　生产批次　涉及数量
KQ-A12　20250301—20250315　1860个
KQ-A12　20250402—20250410　920个
用户可查看适配器背面的批次号，属于召回范围的，请拨打召回专线0836-7720155登记，公司将免费寄送新适配器。
由此给您带来的不便，我们深表歉意。
艨川时印电子有限公司
2025年6月30日
""",
    ),
    dict(
        slug="school-qiheng-brochure-counting-weekend-class",
        site="濞州启衡职业培训学校 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.qiheng-px.cn/zhaosheng/dianchao.html",
        title="银行柜员点钞技能周末提升班招生简章",
        record_title="【周末精练班】银行柜员点钞技能周末提升班招生简章（每期限招16人）- 濞州启衡职业培训学校",
        date=None,
        notes="training school: promo banner, a consult float, a 400 franchise line beside the school's 报名电话 in the body; a brochure without a date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>【周末精练班】银行柜员点钞技能周末提升班招生简章（每期限招16人）- 濞州启衡职业培训学校</title>
<script src="/js/zx.js"></script>
</head><body>
<div class="qh-banner">⟦a 老学员带新学员报名，两人各减100元⟧</div>
<div class="qh-head"><span>⟦m 濞州启衡职业培训学校⟧</span> <span>⟦m 学一门手艺，端一只饭碗⟧</span></div>
<ul class="qh-nav"><li>⟦m 学校首页⟧</li><li>⟦m 课程中心⟧</li><li>⟦m 招生简章⟧</li><li>⟦m 学员风采⟧</li></ul>
<div class="qh-art"><h1>{T}</h1>
<div class="qh-body">
{BODY}
</div></div>
<div class="qh-float"><a>⟦w 课程顾问在线，点我咨询⟧</a></div>
<div class="qh-foot"><p>⟦m 全国加盟热线：400-699-3208⟧</p><p>⟦m 濞州启衡职业培训学校　办学许可证号：教民15108003004218号⟧</p></div>
</body></html>
""",
        body="""
一、课程对象：银行新入职柜员、准备参加金融机构招聘考试的大学生。
二、课程内容：单指单张、多指多张、扇面点钞等手工点钞技法，点钞机操作与日常维护，人民币防伪特征识别。
三、上课时间：每周六、周日上午9:00—11:30，共8次课。
四、收费标准：每人980元，含练功券和教材。
五、报名方式：携带身份证到学校前台报名，或电话预约试听。
报名电话：0833-2235807
""",
    ),
    dict(
        slug="school-zhiji-insight-label-printer-course",
        site="艨川智技培训中心 (invented, text page)",
        style="培训机构",
        genre="心得体会",
        kind="other",
        form="text",
        source="http://www.mczhiji.cn/xueyuan/2025/112.html",
        title="学完条码标签机实操课的几点收获",
        record_title="课后随笔 ｜ 学完条码标签机实操课的几点收获 - 艨川智技培训中心",
        date=None,
        notes="training centre: a trainee's insight without a date; a trial-lesson line between paragraphs; 更新于 2 天前 is no date",
        page="""
!m 艨川智技培训中心　　技能改变生活
!m 首页 > 学员天地 > 课后随笔
!t 课后随笔 ｜ 学完条码标签机实操课的几点收获
!m 学员：卫小蒙（条码标签机实操班第6期）　更新于 2 天前
{BODY}
!a 免费试听一节实操课，拨打 0836-7716655 预约
!l 相关课程：仓储管理员速成班　收银员岗前培训
!m 艨川智技培训中心　地址：艨川县城关镇工业路18号
""",
        body="""
我在超市做理货员，上个月报了条码标签机实操课，八次课下来收获不小。
以前我只会按“打印”键，标签打歪了、条码扫不出来就去找主管。现在我知道了，标签纸要按感应标记校准，条码的宽窄和打印浓度都有讲究。
⟦w 想学同样的课程？加微信 zhiji_px 领取课表⟧
老师还教我们用电脑软件批量排版，一次能把一整排货架的价签都做出来，比一张张手敲快多了。
最大的收获是心里有底了。现在店里标签机出小毛病，我自己就能处理。
""",
    ),
    dict(
        slug="app-bixia-report-admin-clock-h5",
        site="笔下生花APP (invented writing app, H5 share)",
        style="范文APP",
        genre="述职报告",
        kind="report",
        form="html",
        source="https://h5.bixiashenghua.com/share/doc?id=7730915&from=wx",
        title="2025年度行政专员述职报告",
        record_title="2025年度行政专员述职报告（行政岗通用·已排版）· 笔下生花APP",
        date="2025-12-26",
        notes="writing app H5 share: open-app mask, an AI-rewrite button glued after a sentence, a fold and a paywall; 成文日期 under a 述职人 line",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,user-scalable=no">
<title>2025年度行政专员述职报告（行政岗通用·已排版）· 笔下生花APP</title>
<script src="https://h5.bixiashenghua.com/static/share.js"></script>
</head><body>
<div class="bx-mask">⟦a 在笔下生花APP内打开，排版更清晰⟧ <button>⟦a 立即打开⟧</button></div>
<div class="bx-head">⟦m 笔下生花 · 写材料不再熬夜⟧</div>
<h1 class="bx-title">{T}</h1>
<div class="bx-meta">⟦m 范文库 · 述职报告　1.3万人用过⟧</div>
<div class="bx-doc">
{BODY}
</div>
<div class="bx-fold">⟦a 点击展开后半篇⟧</div>
<div class="bx-pay">⟦a 开通生花会员，全部范文随心改⟧</div>
<div class="bx-rec"><h4>⟦l 大家还在用⟧</h4><p>⟦l 办公室主任年度述职报告⟧</p><p>⟦l 人事专员个人工作总结⟧</p></div>
<div class="bx-foot">⟦m 笔下生花 bixiashenghua.com　沪ICP备22031190号-2⟧</div>
</body></html>
""",
        body="""
各位领导、同事：
2025年，我在综合办公室担任行政专员，主要负责考勤管理、办公用品采购和会议服务。现将一年来的工作述职如下。
一、考勤管理更规范。牵头完成公司考勤机升级，将三台指纹考勤机更换为人脸考勤机，建立异常打卡月度核对制度，全年考勤申诉由去年的46起降到9起。⟦a ✦AI帮我改写这一段⟧
二、采购管理更节约。推行办公用品按需申领，全年采购支出同比下降12%。
三、会议服务更周到。全年保障各类会议138场，未出现差错。
不足之处是与各部门沟通还不够主动。新的一年，我将继续改进。
述职人：柏晓雯
2025年12月26日
""",
    ),
    dict(
        slug="app-wenmibang-request-pouches-oneline",
        site="文秘帮APP (invented writing app, text share)",
        style="范文APP",
        genre="请示",
        kind="request",
        form="text",
        source="https://m.wenmibang.cn/s/fw/20251120/44718",
        title="关于申请购置档案文件袋的请示",
        record_title="关于申请购置档案文件袋的请示（范文·可套改）· 文秘帮APP",
        date="2025-11-20",
        notes="writing app share with the whole body on one line; a year inside the text; 成文日期 under the signature; app prompts around",
        page="""
!m 文秘帮 · 公文写作随身带
!a 打开文秘帮APP，查看完整排版
!t 关于申请购置档案文件袋的请示（范文·可套改）
!m 公文范文 › 请示　2.6万次使用
{BODY}
!a 复制全文需登录文秘帮账号
!l 同类范文：关于申请购置办公设备的请示　关于申请档案整理经费的请示
!m 文秘帮 wenmibang.cn
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
局领导：
按照档案管理要求，我局2024年度文书档案需在明年3月底前整理归档。经清点，现有档案文件袋仅剩约300个，而本年度需归档的文书约1100件，缺口较大。
为按时完成归档工作，拟购置无酸档案文件袋1000个，规格为A4，袋面印有全宗号、年度、保管期限等栏目，预计费用1500元，在办公经费中列支，通过政府采购电子卖场选购。
妥否，请批示。
局办公室
2025年11月20日
""",
    ),
    dict(
        slug="examforum-anshang-interview-proxy-clocking",
        site="岸上公考社区 (invented exam forum)",
        style="公考论坛",
        genre="面试作答",
        kind="other",
        form="html",
        source="https://bbs.anshanggk.com/thread-230418-1-1.html",
        title="发现同事让别人代打考勤机，你作为科室负责人怎么处理",
        record_title="〔情景应变题〕发现同事让别人代打考勤机，你作为科室负责人怎么处理（附本人作答） - 面试交流 - 岸上公考社区",
        date=None,
        notes="exam forum: reply-to-see prompt, a QQ-group ad, rating row; an interview answer with 首先/其次/再次/最后; 6 天前 is no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>〔情景应变题〕发现同事让别人代打考勤机，你作为科室负责人怎么处理（附本人作答） - 面试交流 - 岸上公考社区</title>
</head><body>
<div id="hd">⟦m 岸上公考社区 · 一起上岸⟧ <a>⟦a 登录⟧</a> <a>⟦a 注册⟧</a></div>
<div id="pt">⟦m 岸上公考社区 › 面试交流 › 情景应变⟧</div>
<div class="qqad">⟦w 面试抱团练习群：QQ 80213377，进群领真题⟧</div>
<table><tr><td class="pls">⟦m 上岸倒计时⟧</td>
<td class="plc"><h1>⟦m 〔情景应变题〕⟧ <span id="thread_subject">{T}</span> ⟦m （附本人作答）⟧</h1>
<div class="authi">⟦m 发表于 6 天前 · 只看楼主⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="locked">⟦a 本帖另有参考答案，回复后可见⟧</div>
<div class="rate">⟦l 评分 3 人　威望 +3　“框架清楚”⟧</div></td></tr></table>
<div class="reply">⟦l 2# 考公第三年：第二点可以再加上关心同事⟧</div>
<div id="ft">⟦m 岸上公考社区　京ICP备21040712号⟧</div>
</body></html>
""",
        p_html="<p>{}</p>",
        body="""
这道题考的是情景应变和原则性，我的作答思路如下，请各位指正。
首先，我会私下了解情况，弄清楚是偶尔一次还是长期如此，是有特殊困难还是故意违纪，不能凭一次看到就下结论。
其次，找当事同事谈心谈话，讲明代打卡违反单位考勤制度，也是对其他同事的不公平；如果确有家庭困难，可以帮助他按程序请假或调整工作安排。
再次，在科室会上重申考勤纪律，不点名提醒，并建议单位在考勤机旁加装摄像头，从制度上堵住漏洞。
最后，如果屡教不改，按规定报告单位人事部门处理。
""",
    ),
]
