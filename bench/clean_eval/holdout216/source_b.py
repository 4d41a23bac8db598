"""holdout216, part B: county portals, news portals, Party-building sites, education portals, colleges and
personnel-exam sites. Every case written by hand; invented sites, places, people and numbers.
"""

CASES = [
    dict(
        slug="gov-lianxi-notice-hygrometer-free-verification",
        site="奁溪县人民政府门户网站 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.lianxi.gov.cn/zwgk/bmwj/scjgj/202409/t20240909_418820.html",
        title="关于开展医疗机构和药品经营企业温湿度计免费检定的通知",
        record_title="关于开展医疗机构和药品经营企业温湿度计免费检定的通知_政务公开·部门文件_奁溪县人民政府网",
        date="2024-09-05",
        date_also=["2024-09-09"],
        notes="county portal: senior-mode and screen-reader links, 索引号 table (the 文号 cell unmarked), 附件 list, the "
        "notice's own 联系人/电话/邮箱 beside the portal's 纠错 line and 12345; 抄送 line; 成文日期 vs 发布日期",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>关于开展医疗机构和药品经营企业温湿度计免费检定的通知_政务公开·部门文件_奁溪县人民政府网</title>
<meta name="SiteName" content="奁溪县人民政府">
<meta name="ColumnName" content="部门文件">
<script src="/js/jquery-1.12.4.min.js"></script>
<script src="/js/zoom.js"></script>
</head><body>
<div class="gov-top"><span>⟦m 奁溪县人民政府⟧</span>
<a href="javascript:;" id="olderMode">⟦a 长者关怀版⟧</a> <a href="javascript:;" id="reader">⟦a 盲人读屏⟧</a> <a href="/">⟦a 网站地图⟧</a></div>
<ul class="gov-nav"><li>⟦m 首页⟧</li><li>⟦m 走进奁溪⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 政务服务⟧</li><li>⟦m 互动交流⟧</li></ul>
<div class="loc">⟦m 当前位置：首页 ＞ 政务公开 ＞ 部门文件 ＞ 县市场监管局⟧</div>
<table class="xxgk">
<tr><td>⟦m 索引号：11431128MB1530977X/2024-00612⟧</td><td>⟦m 分类：市场监管、安全生产监管⟧</td></tr>
<tr><td>⟦m 发布机构：奁溪县市场监督管理局⟧</td><td>⟦m 成文日期：2024年09月05日⟧</td></tr>
<tr><td>文号：奁市监〔2024〕41号</td><td>⟦m 发布日期：2024年09月09日⟧</td></tr>
</table>
<h1 class="title">{T}</h1>
<div class="tool">⟦a 【文字：特大｜大｜中｜小】⟧ ⟦a 【打印这一页】⟧ ⟦a 【关闭本页】⟧ ⟦m 浏览次数：367⟧</div>
<div class="TRS_UEDITOR">
{BODY}
</div>
<div class="qr">⟦a 微信“扫一扫”，把本文带到手机上读⟧</div>
<div class="rel"><p>⟦l 相关链接：县计量检定所2024年度强制检定工作安排⟧</p></div>
<div class="gov-foot"><p>⟦m 主办：奁溪县人民政府办公室　承办：奁溪县政务服务和大数据中心⟧</p>
<p>⟦m 网站纠错：0739-5200110　　政务服务便民热线：12345⟧</p>
<p>⟦m 湘ICP备05003147号　湘公网安备43052802000133号　网站标识码4305280019⟧</p></div>
</body></html>
""",
        p_html='<p style="text-indent:2em;">{}</p>',
        body="""
各医疗机构、药品经营企业：
为保障药品储存质量，县市场监管局、县计量检定所决定于9月至10月为辖区医疗机构和药品经营企业免费检定温湿度计。现将有关事项通知如下。
一、检定范围。全县各级医疗机构的药房、药库，以及药品批发、零售企业使用的温湿度计，电子式和指针式均在其列。
二、检定方式。9月20日前，各单位将需检定的温湿度计清单报所在市场监管所；县计量检定所按乡镇排定时间上门检定，现场出具检定证书。
三、有关要求。检定不合格的温湿度计一律停止使用，各单位要在15日内更换，并补全储存环境记录。
附件：1．温湿度计检定申报表
2．上门检定时间安排表
联系人：涂海燕，电话：0739-5213706，邮箱：lxjdsuo@lianxijl.cn
奁溪县市场监督管理局
2024年9月5日
抄送：县卫生健康局，县医疗保障局。
""",
    ),
    dict(
        slug="gov-sichuan-bulletin-filing-cabinets-cleanup",
        site="笥川县人民政府 (invented, text capture)",
        style="政府门户",
        genre="通报",
        kind="notice",
        form="text",
        source="http://www.sichuanxian.gov.cn/zwgk/dcdb/202410/t20241018_90213.html",
        title="关于机关办公用房文件柜清理整改情况的通报",
        record_title="关于机关办公用房文件柜清理整改情况的通报 - 督查通报 - 笥川县人民政府",
        date="2024-10-16",
        date_also=["2024-10-18"],
        notes="portal text capture: document number line (neutral) over the title; 印发 line at the end; a page "
        "date two days after the 成文日期, also accepted",
        page="""
!m 笥川县人民政府　　　无障碍　长者版　English
!m 首页 > 政务公开 > 督查通报
!m 发布时间：2024-10-18 10:26　　来源：县政府办公室　　【大 中 小】
笥政办通〔2024〕23号
{T}
{BODY}
!a 【打印】　【收藏本页】　【返回顶部】
!l 上一条：关于2024年第三季度政务服务“好差评”情况的通报
!l 下一条：关于进一步规范公务用车使用管理的通知
!m 笥川县人民政府办公室主办　联系电话：0738-3326001　赣ICP备08004412号
""",
        body="""
各乡镇人民政府，县直各单位：
9月下旬，县政府办公室会同县机关事务服务中心对县直42家单位的办公用房进行了抽查，重点检查文件柜超标配备、涉密文件存放和闲置柜具处置情况。现将有关情况通报如下。
一、总体情况。多数单位能按标准配备文件柜，涉密文件做到专柜存放、专人管理。
二、存在问题。抽查发现，5家单位个人办公室文件柜超过2组；3家单位把涉密文件放在普通文件柜内；7家单位把闲置文件柜堆放在走廊和楼梯间，堵塞消防通道。
三、整改要求。有关单位要在11月15日前整改到位，闲置文件柜一律交县机关事务服务中心统一调剂，不得自行变卖。
笥川县人民政府办公室
2024年10月16日
笥川县人民政府办公室　　2024年10月16日印发
""",
    ),
    dict(
        slug="news-duyang-tabletennis-tables-village",
        site="椟阳新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.duyangnews.cn/xz/2024-06/14/content_66120.html",
        title="岣山镇20张户外乒乓球台落户村头",
        record_title="岣山镇20张户外乒乓球台落户村头 - 乡镇频道 - 椟阳新闻网·椟阳发布",
        date="2024-06-14",
        notes="news portal: the byline's 发布时间 is the page's date; a photo caption between paragraphs; editor line "
        "glued after the last paragraph; a 24-hour list and an ad slot",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>岣山镇20张户外乒乓球台落户村头 - 乡镇频道 - 椟阳新闻网·椟阳发布</title>
<script>var _bd=_bd||[];</script>
</head><body>
<div class="top-bar">⟦m 椟阳新闻网⟧ ⟦m 椟阳县融媒体中心主办⟧ <a href="/app">⟦a 下载“掌上椟阳”⟧</a></div>
<div class="menu">⟦m 首页 | 时政 | 乡镇 | 民生 | 视频 | 专题⟧</div>
<div class="where">⟦m 椟阳新闻网 ＞ 乡镇频道 ＞ 正文⟧</div>
<h1>{T}</h1>
<div class="byline">⟦m 发布时间：2024-06-14 08:47　来源：椟阳县融媒体中心　记者：樊心怡 通讯员：柯晓冬⟧</div>
<div class="share">⟦l 转到：微信 微博 QQ空间⟧</div>
<div class="article">
{BODY}
</div>
<div class="ad">⟦d 广告位招租　热线0744-2290077⟧</div>
<div class="h24"><h3>⟦l 24小时热读⟧</h3>
<ol><li>⟦l 椟阳县首届农民篮球赛明天开赛⟧</li><li>⟦l 城关街道背街小巷改造完工⟧</li><li>⟦l 柙岭镇杨梅进入采摘季⟧</li></ol></div>
<div class="foot">⟦m 椟阳新闻网 版权所有 未经授权禁止复制或建立镜像⟧<br>⟦m 互联网新闻信息服务许可证编号：43120220031⟧</div>
</body></html>
""",
        body="""
6月13日傍晚，岣山镇石笋村文化广场上，几位村民正围着一张崭新的蓝色球台你来我往，不时传来叫好声。这是岣山镇今年新安装的20张户外乒乓球台之一。
⟦m 图为石笋村村民在新球台上打乒乓球。柯晓冬 摄⟧
据了解，这批球台由镇里统一采购，采用钢板台面和一体式球网，能经受日晒雨淋。镇文化站按照“村里点单、镇里配送”的办法，把球台分配到15个村和5所村小，每个点位都配了夜间照明。
“以前想打球要跑到镇中学，现在吃完饭走几步就能打。”今年62岁的村民钟德顺说。
镇文化站站长潘宁介绍，下一步还将组织村级乒乓球联赛，让球台真正用起来。⟦m （责任编辑：何沁）⟧
""",
    ),
    dict(
        slug="news-tuocheng-trolley-case-storage-station",
        site="橐城在线 (invented, text capture)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.tuochengzx.com/news/shehui/202408/02/t_447153.shtml",
        title="橐城东站开通拉杆箱“无感寄存”服务",
        record_title=None,
        date="2024-08-02",
        notes="no record title: the page's title line; the byline's 发布时间 is the page's date; an app prompt glued before "
        "the lead; a photo caption and a related link between paragraphs",
        page="""
!m 橐城在线｜橐城人自己的新闻网
!m 首页 > 社会 > 交通出行
{T}
!m 发布时间：2024-08-02 16:10　　来源：橐城在线　　作者：晏清
!a 分享：朋友圈　微博　复制链接
{BODY}
!m 【编辑：陶乐】
!l 相关新闻：暑运首日橐城东站发送旅客5.6万人次｜橐城东站新增12个自助售票机
!l 热门评论（3）　我要评论
!d 凡本网注明“来源：橐城在线”的作品，版权均属橐城在线，转载须注明出处。
""",
        body="""
⟦a 打开橐城在线App，看本地新鲜事⟧本网讯　8月1日起，橐城东站在出站口旁开设拉杆箱“无感寄存”服务点，旅客扫码就能存放行李，取件时刷脸开柜，费用在手机上自动结算。
记者在现场看到，寄存点设有大、中、小三种柜格，最大的柜格能放下一只28寸拉杆箱。寄存前4小时收费5元，超过4小时按每小时1元计算，24小时封顶20元。
⟦m 旅客在拉杆箱寄存柜前操作。晏清 摄⟧
车站客运值班员蔡丽华告诉记者，暑运期间到橐城游玩的旅客多，很多人到站后想先逛一逛再去酒店，拖着拉杆箱很不方便。寄存点开通两天，已经接待旅客900多人次。
⟦l 延伸阅读：橐城东站出行指南（2024暑运版）⟧
车站提醒，易燃易爆物品和贵重物品不能寄存，行李请在到期前取走。
""",
    ),
    dict(
        slug="dangjian-tuocheng-address-badminton-league",
        site="橐城市直机关党建网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.tcjgdj.gov.cn/gzdt/202410/t20241014_30871.html",
        title="在市直机关第三届职工羽毛球联赛开幕式上的致辞",
        record_title="【机关群团】在市直机关第三届职工羽毛球联赛开幕式上的致辞｜橐城机关党建网",
        date="2024-10-12",
        date_also=["2024-10-14"],
        notes="Party-building portal: date and speaker line under the speech title (neutral), a later posting date also "
        "accepted; a study-points prompt and a read-on-phone line; the speech mentions rackets handed out",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>【机关群团】在市直机关第三届职工羽毛球联赛开幕式上的致辞｜橐城机关党建网</title>
<link rel="stylesheet" href="/css/dj2024.css">
</head><body>
<div class="dj-head"><span>⟦m 橐城市直机关党建网⟧</span><span>⟦m 中共橐城市直属机关工作委员会主办⟧</span></div>
<div class="dj-nav">⟦m 首页⟧　⟦m 理论学习⟧　⟦m 工作动态⟧　⟦m 机关群团⟧　⟦m 基层风采⟧　⟦m 清风机关⟧</div>
<div class="pos">⟦m 您在这里：首页 » 机关群团 » 工会活动⟧</div>
<h2 class="bt">{T}</h2>
<p class="sj">（2024年10月12日）</p>
<p class="zz">市直机关工委副书记　顾明澜</p>
<div class="xx">⟦m 发布时间：2024-10-14　信息来源：市直机关工会　阅读：1093⟧</div>
<div class="zw">
{BODY}
</div>
<div class="jf">⟦a 学习满3分钟可获1个学习积分，登录后自动累计⟧</div>
<div class="sj-qr">⟦a 手机上接着读：打开微信扫右侧二维码⟧</div>
<div class="more"><p>⟦l 上一篇：市直机关举办“强基提能”支部书记培训班⟧</p><p>⟦l 下一篇：机关工会开展金秋助学走访慰问⟧</p></div>
<div class="dj-foot">⟦m 版权所有：中共橐城市直属机关工作委员会　地址：橐城市政务中心3号楼⟧<br>⟦m 桂ICP备11002739号⟧</div>
</body></html>
""",
        body="""
各位运动员、裁判员，同志们：
金秋十月，我们在这里举行市直机关第三届职工羽毛球联赛。我代表市直机关工委，向参赛的42支代表队、300多名运动员表示热烈欢迎！
前两届联赛举办以来，机关里打球的人越来越多，不少单位利用午休时间组织练球，大家身体练好了，精神头也更足了。本届联赛，机关工会为每支参赛队配发了4支羽毛球拍和两桶比赛用球，还请来市羽毛球协会的裁判团队执裁。
希望各位运动员赛出水平、赛出风格，胜不骄、败不馁；希望裁判员公正执裁，确保比赛有序进行；也希望各单位把这股打球的热情带回岗位，以强健的体魄投入各项工作。
最后，预祝本届联赛圆满成功！
""",
    ),
    dict(
        slug="dangjian-xiashan-report-member-files-cabinets",
        site="匣山先锋网 (invented, text capture)",
        style="党建网",
        genre="述职报告",
        kind="report",
        form="text",
        source="http://www.xsxianfeng.cn/zbjs/2024/0122/5127.html",
        title="党支部书记抓党员档案规范化管理工作述职报告",
        record_title="〔书记述职〕党支部书记抓党员档案规范化管理工作述职报告 - 匣山先锋网",
        date="2024-01-15",
        date_also=["2024-01-22"],
        notes="Party-building site text: numbered list; 成文日期 under the signature, the page's posting date also "
        "accepted; a study-points line between paragraphs",
        page="""
!m 匣山先锋网　　匣山县委组织部主办
!m 当前位置：首页 - 支部建设 - 书记述职
{T}
!m 发布时间：2024年01月22日　　来源：县医保局机关党支部　　字号：大 中 小
{BODY}
!a 【打印正文】【加入收藏】【关闭】
!l 相关阅读：2023年度基层党组织书记抓党建述职评议会召开
!m 匣山先锋网 版权所有　技术支持：匣山县融媒体中心　蜀ICP备12009873号
""",
        body="""
2023年，我作为县医保局机关党支部书记，把党员档案规范化管理作为支部基础工作来抓，现将有关情况报告如下。
一、摸清底数。支部现有党员27名，我带领支委逐份核对入党志愿书、转正申请等材料，补齐缺失材料11份。
二、配齐设施。协调局里购置带密码锁的钢制档案柜2组，把原来放在普通文件柜里的党员档案全部移入，做到专柜存放、专人保管。
⟦m 学习提示：阅读本文可计入本周学习时长⟧
三、建立制度。制定党员档案查阅登记、转递交接等3项制度，全年办理档案转递4份，无一差错。
存在的不足是档案电子化进度较慢。2024年，我将推动党员档案数字化扫描，力争年底前完成。
县医保局机关党支部书记　冉茂林
2024年1月15日
""",
    ),
    dict(
        slug="edu-sichuan-notice-boarders-trolley-cases",
        site="笥川县教育体育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jtj.sichuanxian.gov.cn/tzgg/202408/t20240826_7716.html",
        title="关于做好寄宿生返校携带拉杆箱安全管理工作的通知",
        record_title="【开学季·安全】关于做好寄宿生返校携带拉杆箱安全管理工作的通知丨笥川教体",
        date="2024-08-26",
        notes="education portal: senior-mode and screen-reader links; an attachment download link beside the notice's "
        "own 附件 list; the notice's contact beside the site's technical line; numbered list; 成文日期",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>【开学季·安全】关于做好寄宿生返校携带拉杆箱安全管理工作的通知丨笥川教体</title>
</head><body>
<div class="edu-top">⟦m 笥川县教育体育局⟧ <a>⟦a 老年人浏览⟧</a> <a>⟦a 语音读屏⟧</a> <a>⟦a 站内搜索⟧</a></div>
<div class="edu-nav">⟦m 首页⟧ ⟦m 机构概况⟧ ⟦m 通知公告⟧ ⟦m 教育动态⟧ ⟦m 体育工作⟧ ⟦m 办事指南⟧</div>
<div class="crumbs">⟦m 首页 › 通知公告 › 安全稳定⟧</div>
<h2>{T}</h2>
<div class="meta">⟦m 作者：县教体局安全股　　发布：2024-08-26　　点击量：2214⟧</div>
<div class="content">
{BODY}
</div>
<div class="attach"><a href="/upload/2024/0826/fj1.xlsx">⟦a 📎 附件下载：返校日楼梯护导岗安排表.xlsx⟧</a></div>
<div class="foot">⟦m 主办单位：笥川县教育体育局　技术支持电话：0738-3327781⟧<br>⟦m 赣ICP备08004412号-5⟧</div>
</body></html>
""",
        body="""
各寄宿制中小学：
新学期寄宿生返校时，多数学生携带拉杆箱，楼梯间人流集中，去年秋季开学日全县发生学生被拉杆箱绊倒、砸伤事件4起。为确保返校安全，现就有关事项通知如下：
1．返校日各校要在宿舍楼每层楼梯口安排教师护导，引导学生提起拉杆箱靠右慢行，不得在楼梯上拖拽。
2．有条件的学校可在一楼设置行李暂存区，由家长陪同学生分批搬运。
3．低年级寄宿生的拉杆箱不宜超过24寸，学校可在开学前通过家长群发出提示。
4．返校当天17时前，各校将护导情况报县教体局安全股。
附件：返校日楼梯护导岗安排表
联系人：钱思远，电话：0738-3327109
笥川县教育体育局
2024年8月26日
""",
    ),
    dict(
        slug="edu-yingshui-plan-weather-corner-hygrometers",
        site="籝水县教育信息网 (invented, text capture)",
        style="教育门户",
        genre="方案",
        kind="plan",
        form="text",
        source="http://www.yingshuiedu.cn/jyyj/2024/0304/2861.html",
        title="小学科学“校园气象角”温湿度观测实践活动方案",
        record_title="教研视窗｜小学科学“校园气象角”温湿度观测实践活动方案 - 籝水县教育信息网",
        date="2024-03-04",
        notes="education site text: decimal headings 1.1–2.2; students print their record sheets (content); a share row "
        "glued after a sentence; 成文日期",
        page="""
!m 籝水县教育信息网
!m 首页　教育新闻　教研视窗　德育园地　校园安全　资源下载
!m 您所在的位置：首页 >> 教研视窗 >> 小学科学
{T}
!m 作者：县教研室科学组　　时间：2024-03-06　　浏览：875
{BODY}
!l 上一篇：2024年春季小学科学教师线上教研安排
!l 下一篇：关于征集小学科学自制教具的通知
!m 籝水县教育局主办　地址：籝水县学府路18号　邮编：415300
""",
        date_also=["2024-03-06"],
        body="""
为培养学生观察记录和数据分析能力，县教研室决定在全县小学四年级开展“校园气象角”温湿度观测实践活动。
1．活动安排
1.1 时间：3月11日至4月30日。
1.2 地点：各校在教学楼背阴处设置百叶箱，箱内放置干湿球温湿度计一只。
2．实施要求
2.1 各班组建观测小组，每天8时、14时两次读数，读数时视线与液柱顶端平齐。⟦l 分享到：微信 QQ 钉钉⟧
2.2 记录表请各校从县教育资源平台下载，打印后装订成册，每周由科学老师检查一次。
2.3 观测结束后，各班用折线图分析温湿度变化，5月10日前将优秀记录册报送县教研室。
籝水县教育局教研室
2024年3月4日
""",
    ),
    dict(
        slug="college-tuocheng-news-racket-stringing-workshop",
        site="橐城体育职业学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.tcsport.edu.cn/info/1032/6618.htm",
        title="运动训练系举办羽毛球拍穿线技能工作坊",
        record_title=None,
        record_date="2024-05-23",
        date="2024-05-23",
        notes="college news page: no record title (the <h1>); record date; a dotted date in the byline; photo caption "
        "between paragraphs; 撰稿/审核 line glued after the last paragraph",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>运动训练系举办羽毛球拍穿线技能工作坊-橐城体育职业学院</title>
</head><body>
<div class="hd">⟦m 橐城体育职业学院⟧ ⟦m 崇德 强体 精技 笃行⟧</div>
<div class="hd-links"><a>⟦a 信息门户⟧</a> <a>⟦a 校园邮箱⟧</a> <a>⟦a 图书馆⟧</a> <a>⟦a EN版⟧</a></div>
<div class="nav">⟦m 学校概况⟧ ⟦m 院系设置⟧ ⟦m 招生就业⟧ ⟦m 校园新闻⟧ ⟦m 公告通知⟧</div>
<div class="position">⟦m 当前位置: 首页 >> 校园新闻 >> 院系动态⟧</div>
<h1>{T}</h1>
<div class="arti-meta">⟦m 2024.05.23　运动训练系　浏览次数：566⟧</div>
<div class="v_news_content">
{BODY}
</div>
<div class="page-turn"><p>⟦l 上一条：学院田径队在全省职业院校运动会上获佳绩⟧</p><p>⟦l 下一条：体育保健与康复专业开展社区义诊⟧</p></div>
<div class="ft">⟦m 地址：橐城市体育路99号　邮编：545006　招生咨询：0772-3861200⟧<br>⟦m Copyright © 橐城体育职业学院 版权所有⟧</div>
</body></html>
""",
        body="""
5月21日下午，运动训练系在羽毛球馆举办羽毛球拍穿线技能工作坊，羽毛球专项班和社会体育指导专业的60余名学生参加。
工作坊邀请市羽毛球协会器材委员会委员、有十五年穿线经验的师傅唐卫东授课。唐卫东从拍框结构讲起，演示了竖线、横线的穿法和打结位置，并提醒学生：磅数不是越高越好，初学者用22至24磅更容易发力，也能减少球拍断框。
⟦m 唐卫东（右）指导学生使用穿线机。运动训练系供图⟧
随后，学生两人一组上机练习。大二学生覃一鸣第一次独立穿完一支拍子，用时40分钟，他说：“以后队里球拍断线，我们自己就能修。”
据悉，运动训练系将把穿线纳入专项课实践内容，并在校内开设学生穿线服务点。⟦m （撰稿：梁桐　审核：韦晓岚）⟧
""",
    ),
    dict(
        slug="college-guiyuan-notice-cabinet-keys-register",
        site="匦原师范学院资产管理处 (invented, text capture)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://zcc.guiyuan-nu.edu.cn/tzgg/2024/0311/c1207a55310/page.htm",
        title="关于开展办公室文件柜钥匙统一登记的通知",
        date="2024-03-11",
        notes="the record gives the title as is; a department site's text capture; the notice's own contact and mailbox "
        "beside the site's service phone; 成文日期",
        page="""
!m 匦原师范学院 资产管理处
!m 首页　部门概况　规章制度　通知公告　办事流程　下载中心
!m 通知公告
{T}
!m 发布者：资产管理处　　点击：318
{BODY}
!a 【关闭窗口】　【打印本页】
!m 资产管理处　办公地点：行政楼417室　服务电话：0736-7715020
!m 版权所有 © 匦原师范学院
""",
        body="""
各学院、各部门：
近期，部分单位反映离岗人员未交回办公室文件柜钥匙、柜内文件无人清点等问题。为加强办公家具管理，保障文件安全，资产管理处决定开展办公室文件柜钥匙统一登记工作。现将有关事项通知如下：
一、各单位对本单位办公室文件柜逐一编号，填写《文件柜钥匙登记表》，写明柜号、存放地点、保管人和备用钥匙数量。
二、遗失钥匙或锁具损坏的，请于3月29日前报资产管理处，统一安排换锁。
三、人员调离时，须将文件柜钥匙和柜内资料交本单位资产管理员，由资产管理员在登记表上签字确认。
登记表请于4月3日前交资产管理处。联系人：房欣，电话：0736-7715031，邮箱：zcc_fx@guiyuan-nu.edu.cn
资产管理处
2024年3月11日
""",
    ),
    dict(
        slug="exam-tuocheng-notice-hygrometer-practical-test",
        site="橐城市人事考试网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.tcrsks.gov.cn/ksdt/202411/t20241105_5530.html",
        title="关于2024年度计量检定员专业考核（温湿度计项目）有关事项的通知",
        record_title="〔考点公告〕关于2024年度计量检定员专业考核（温湿度计项目）有关事项的通知｜橐城人事考试网",
        date="2024-11-04",
        date_also=["2024-11-05"],
        notes="exam site: a maintenance banner and an admission-ticket float; candidates download and print 准考证 "
        "(content); the notice's 咨询电话 beside the site's technical line; schedule table; 成文日期 vs 发布时间",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>〔考点公告〕关于2024年度计量检定员专业考核（温湿度计项目）有关事项的通知｜橐城人事考试网</title>
</head><body>
<div class="notice-bar">⟦d 系统升级公告：11月9日22:00至次日6:00报名系统暂停服务⟧</div>
<div class="hd">⟦m 橐城市人事考试网⟧ ⟦m 橐城市人事考试院主办⟧</div>
<div class="nav">⟦m 首页⟧ ⟦m 考试动态⟧ ⟦m 报名入口⟧ ⟦m 成绩查询⟧ ⟦m 证书领取⟧ ⟦m 政策法规⟧</div>
<div class="loc">⟦m 首页 / 考试动态 / 职业资格⟧</div>
<h3 class="art-t">{T}</h3>
<div class="art-m">⟦m 发布时间：2024-11-05 09:30　来源：考务一科⟧</div>
<div class="art-c">
{BODY}
</div>
<div class="float-r"><a>⟦a 准考证打印入口 ›⟧</a><a>⟦a 考生常见问题 ›⟧</a></div>
<div class="ft">⟦m 网站技术支持：0772-3200615（工作日）⟧<br>⟦m 橐城市人事考试院　地址：橐城市龙腾路16号⟧<br>⟦m 桂ICP备10003391号-2⟧</div>
</body></html>
""",
        body="""
各有关单位、各位考生：
2024年度计量检定员专业考核（温湿度计项目）实操考核定于11月16日举行。现将有关事项通知如下。
一、考核安排
科目　时间　地点
温湿度计检定实操　11月16日8:30—11:30　市计量测试研究院实验楼
检定规程笔试　11月16日14:30—16:00　市计量测试研究院培训楼
二、准考证
考生请于11月12日至15日登录本网站下载并打印准考证，凭准考证和身份证原件参加考核。
三、注意事项
考生须自带黑色签字笔，实操考核所用标准器和被检温湿度计由考点统一提供，不得自带。
咨询电话：0772-3200628（工作日8:00—12:00，14:30—17:30）
橐城市人事考试院
2024年11月4日
""",
    ),
    dict(
        slug="exam-lianxi-notice-teacher-tabletennis-skill-test",
        site="奁溪县人事考试信息网 (invented, text capture)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://rsks.lianxi.gov.cn/zkgg/2025/0108/1190.html",
        title="奁溪县2025年公开招聘中小学体育教师专业技能测试（乒乓球）须知",
        record_title="【术科测试】奁溪县2025年公开招聘中小学体育教师专业技能测试（乒乓球）须知（考生必看）",
        date="2025-01-08",
        notes="exam site text: a timetable table; candidates print their notice (content); the notice's 咨询电话 beside the "
        "site's 报名技术支持 line; 成文日期",
        page="""
!m 奁溪县人事考试信息网
!m 首页｜招考公告｜报名入口｜成绩公示｜资料下载
!m 当前位置：首页 → 招考公告
{T}
!m 来源：县人社局　　阅读 2790 次
!a 〖打印〗〖关闭〗
{BODY}
!m 报名技术支持：0739-5201919（系统问题请拨）
!l 相关公告：奁溪县2025年公开招聘中小学教师笔试成绩公示
!m 奁溪县人力资源和社会保障局　版权所有
""",
        body="""
各位考生：
根据招聘公告，体育教师岗位（乒乓球方向）专业技能测试定于1月18日在县体育馆举行。现将有关事项告知如下。
一、测试安排
项目　时间　分值
正手攻球（对练2分钟）　8:30开始　30分
反手推挡（对练2分钟）　9:30开始　30分
发球与接发球（各10个）　10:30开始　40分
二、考生须于1月15日后登录本网打印技能测试通知书，测试当天7:50前凭通知书和身份证到县体育馆二楼检录。
三、测试统一使用标准乒乓球台和比赛用球，考生可自带球拍，须穿运动鞋。
咨询电话：0739-5206233
奁溪县人力资源和社会保障局
2025年1月8日
""",
    ),
]
