"""holdout255, part E: 社区网站, 行业协会, 企业官网, 培训机构, 范文APP. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="community-songping-notice-duster-lending-scan",
        site="淞坪社区网 (invented residents' site)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="https://songping.example-sq.cn/gonggao/2025/0110/73.html",
        title="关于在社区服务站开设除尘工具共享点的通知",
        date="2025-01-10",
        notes="residents' site: the record's title as is; a weather line, a grid worker's box with a mobile and a property repair line beside the community's own duty phone; scanning a code to book and following the community account to check stock are content; a numbered list",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>关于在社区服务站开设除尘工具共享点的通知 - 淞坪社区网</title></head><body>
<div class="sq-top">⟦m 淞坪社区网 · 滹湾区淅湾街道淞坪社区⟧ ⟦m 今天 晴 -2℃~7℃ 空气良⟧</div>
<div class="sq-nav">⟦m 社区首页　居务公开　办事指南　邻里互动　志愿服务⟧</div>
<div class="sq-path">⟦m 居务公开 / 社区公告⟧</div>
<h1>{T}</h1>
<div class="sq-info">⟦m 社区居委会　2025-01-10　阅读 455⟧</div>
<div class="sq-text">
{BODY}
</div>
<div class="sq-grid"><h4>⟦m 我的网格员⟧</h4><p>⟦w 第3网格　韦巧玲　13619170284⟧</p></div>
<div class="sq-wy">⟦w 物业24小时报修：0917-3357800⟧</div>
<div class="sq-foot">⟦l 上一则：淞坪社区寒假“四点半课堂”报名啦⟧ ⟦l 下一则：关于春节期间燃放烟花爆竹的提醒⟧</div>
</body></html>
""",
        body="""
各位居民朋友：
年关将近，家家户户都要大扫除。为方便行动不便的老人和没有除尘工具的住户，社区在服务站一楼开设除尘工具共享点，免费出借长柄鸡毛掸子、伸缩除尘掸、折叠梯等工具。现将有关事项通知如下：
1.借用时间：2025年1月13日至1月26日，每天8:30至17:30。
2.借用方式：扫描服务站门口的二维码预约，凭身份证或门禁卡登记借用，每户每次限借2件，3日内归还。各类工具的剩余数量，可关注“淞坪社区”公众号随时查询。
3.高龄、独居老人需要上门帮忙清扫的，可由家人或楼栋长代为预约，社区志愿者将上门服务。
社区值班电话：0917-3357261
淞坪社区居民委员会
2025年1月10日
""",
    ),
    dict(
        slug="community-hetang-pledge-balcony-pickle-jars-oneline",
        site="淅湾邻里网 (invented residents' site)",
        style="社区网站",
        genre="倡议书",
        kind="letter",
        form="text",
        source="http://www.xiwanlinli.example.cn/changyi/2024/1202/19.html",
        title="关于规范摆放阳台腌菜坛的倡议书",
        record_title="【安全居家】关于规范摆放阳台腌菜坛的倡议书 - 淅湾邻里网",
        date="2024-12-02",
        notes="residents' site as text with the whole body on one line; the community's own phone stays in the body; a like row, a comment count and a footer",
        page="""
!m 淅湾邻里网｜淅湾街道各社区共建
!m 邻里首页 → 社区倡议
!t 【安全居家】关于规范摆放阳台腌菜坛的倡议书
!m 荷塘社区居委会　阅读 612　点赞 57
{BODY}
!l 👍 赞一个　｜　评论（9）　｜　转给邻居
!m 淅湾邻里网由淅湾街道党工委指导运营
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
各位居民朋友：
入冬以来，不少居民把腌菜坛摆上了阳台和窗台。腌菜坛装满菜和水后重达几十斤，一旦从高处坠落，后果不堪设想；摆在楼道里，又会堵塞消防通道。为此，我们倡议：
一、腌菜坛请放在阳台地面或室内阴凉处，不要摆放在阳台护栏、空调外机架和窗台上。
二、不在楼道、消防通道和电梯厅堆放腌菜坛及其他杂物。
三、翻晒腌菜时注意看护，大风天气及时把坛子搬进屋内。
四、发现高处摆放坛子存在坠落隐患的，请及时告知楼栋长或拨打社区电话0917-3352046。
让我们携手共建安全文明的居住环境。
淅湾街道荷塘社区居民委员会
2024年12月2日
""",
    ),
    dict(
        slug="association-yiling-tea-packaging-minutes-vote",
        site="沂岭县茶叶包装协会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="other",
        form="html",
        source="https://www.ylcbxh.example.org.cn/xhdt/2024/0923/41.html",
        title="沂岭县茶叶包装协会第二届理事会第三次会议纪要",
        record_title="〈理事会〉沂岭县茶叶包装协会第二届理事会第三次会议纪要 - 协会动态",
        date="2024-09-19",
        date_also=["2024-09-23"],
        notes="association page: member-login row, a member hotline, the page's date differing from the meeting's 时间 line; 时间/地点/主持/出席/列席/记录 lines and a vote count stay in the body",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>〈理事会〉沂岭县茶叶包装协会第二届理事会第三次会议纪要 - 协会动态</title></head><body>
<div class="xh-login">⟦a 会员单位登录⟧ ⟦a 申请入会⟧ ⟦w 会员服务专线 0917-5532077⟧</div>
<div class="xh-logo">⟦m 沂岭县茶叶包装协会 · 让好茶有好包装⟧</div>
<div class="xh-nav">⟦m 协会概况　协会动态　会员风采　政策标准　联系协会⟧</div>
<h1>{T}</h1>
<div class="xh-date">⟦m 发布：秘书处　2024-09-23⟧</div>
<div class="xh-text">
{BODY}
</div>
<div class="xh-side"><h4>⟦l 协会动态⟧</h4><p>⟦l 协会组织会员参加省茶博会⟧</p><p>⟦l 限制过度包装政策宣讲走进浐口⟧</p></div>
<div class="xh-foot">⟦m 协会地址：沂岭县浐口镇工业园综合楼3楼⟧ ⟦m 秦ICP备21009960号⟧</div>
</body></html>
""",
        body="""
时间：2024年9月19日上午9时
地点：协会会议室
主持：会长　韦振华
出席：理事17人（应到19人）
列席：会员企业代表6人
记录：秘书处　贝晓岚
会议审议通过了《茶叶罐限制过度包装自律公约》。公约明确，会员企业生产的茶叶礼盒用罐不超过两层包装，包装成本不超过产品出厂价格的20%，优先使用可回收的单一材质罐。表决结果：同意17票，反对0票，弃权0票。
会议决定，10月组织会员企业赴外地制罐企业学习交流，由秘书处拟定方案。
会议要求各理事单位带头执行公约，并于年底前报送执行情况。
""",
    ),
    dict(
        slug="association-suichuan-woodware-pledge-barrel-coating",
        site="睢川县木制品行业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="letter",
        form="text",
        source="http://www.scmzpxh.example.org.cn/changyi/2024/0708/12.html",
        title="木桶行业使用食品级涂料自律倡议书",
        record_title="木桶行业使用食品级涂料自律倡议书｜睢川县木制品行业协会·行业自律",
        date="2024-07-08",
        notes="association page as text: the association's name on a line of its own at the top is also the signature (matched as head); a join-the-association line and a member hotline at the bottom",
        page="""
!m 睢川县木制品行业协会
!m 首页 ｜ 行业自律 ｜ 正文
{T}
!m 时间：三天前　浏览量：98
{BODY}
!a 还不是会员？填表加入木制品协会
!w 协会秘书处：0917-5229018
!d 本站内容版权归协会所有，转发请注明来源。
""",
        indent="\u3000\u3000",
        body="""
全县木桶生产企业和加工作坊：
木桶多用于盛水、蒸饭、储米、泡浴，直接接触食品和人体。近期有群众反映，个别作坊为降低成本，在桶内涂刷工业油漆和不合格清漆。为维护“崃溪木桶”的品牌信誉，本会向全行业倡议：
一、桶内一律不涂漆，确需防护处理的，只使用符合食品接触标准的木蜡油或植物油。
二、如实标注木材种类和涂料成分，不以松木冒充杉木，不以拼接板冒充整板。
三、主动接受市场监管部门抽检，发现问题立即召回整改。
四、互相监督，对违规行为向协会或市场监管部门反映。
睢川县木制品行业协会
2024年7月8日
""",
    ),
    dict(
        slug="company-nuanyu-recall-earmuffs-batches",
        site="嶷阳暖羽服饰 (invented company site)",
        style="企业官网",
        genre="召回公告",
        kind="notice",
        form="html",
        source="https://www.nuanyu-apparel.example.com/news/2024/1216-recall.html",
        title="关于召回部分批次儿童卡通耳罩的公告",
        record_title="关于召回部分批次儿童卡通耳罩的公告 · 暖羽新闻中心",
        record_date="2024-12-16",
        date="2024-12-16",
        notes="company site: a cookie notice, a service float with a 400 order line beside the recall line in the body, a batches table one row a paragraph; the record gives the date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>关于召回部分批次儿童卡通耳罩的公告 · 暖羽新闻中心</title></head><body>
<div class="cookie">⟦d 我们使用 Cookie 改善浏览体验，继续浏览即表示同意⟧ <button>⟦a 知道了⟧</button></div>
<header>⟦m 暖羽 NUANYU⟧ <nav>⟦m 首页　品牌故事　产品中心　新闻中心　门店查询⟧</nav></header>
<div class="bc">⟦m 新闻中心 ＞ 公司公告⟧</div>
<h1>{T}</h1>
<div class="ninfo">⟦m 2024年12月16日　暖羽品牌部⟧</div>
<div class="ntext">
{BODY}
</div>
<div class="prevnext">⟦l 上一篇：暖羽2025秋冬新品发布会圆满举行⟧</div>
<div class="kf-float">⟦w 订购热线 400-917-6688⟧ ⟦a 在线客服⟧ ⟦a 回到顶部⟧</div>
<footer>⟦m © 2024 嶷阳暖羽服饰有限公司　秦ICP备19030277号-1⟧</footer>
</body></html>
""",
        body="""
近日，我公司在质量自查中发现，部分批次儿童卡通耳罩的装饰小绒球缝合不牢，存在脱落后被儿童误吞的风险。为保障儿童安全，我公司决定主动召回以下批次产品。
产品名称　型号　生产批号　数量
儿童卡通耳罩　EZ-301　20240915　2400副
儿童卡通耳罩　EZ-302　20240922　1800副
请已购买上述产品的消费者立即停止给儿童使用，并联系我公司办理退货退款，退回产品的运费由我公司承担。消费者可通过商品吊牌上的批号核对是否属于召回范围。
召回专线：0917-3362855（每日9:00至18:00）
由此给您带来的不便，我们深表歉意。
嶷阳暖羽服饰有限公司
2024年12月16日
""",
    ),
    dict(
        slug="company-yuyi-brochure-duster-products",
        site="崃溪羽艺工坊 (invented company site)",
        style="企业官网",
        genre="产品手册",
        kind="other",
        form="text",
        source="http://www.laixiyuyi.example.com/product/manual.html",
        title="崃溪羽艺鸡毛掸子产品手册",
        record_title="崃溪羽艺鸡毛掸子产品手册（2025新款）| 羽艺工坊官网",
        date=None,
        notes="company brochure as text: a numbered product list and usage tips; a shop link glued after a 。, an order WeChat line and a wholesale line below; no date",
        page="""
!m 崃溪羽艺工坊 · 一把掸子 百年手艺
!m 首页 / 产品中心 / 产品手册
!t 崃溪羽艺鸡毛掸子产品手册（2025新款）
{BODY}
!w 批发定制请加微信：yuyi_laixi（备注“批发”）
!a 下单请进入“羽艺工坊”网店　→
!m 睢川县崃溪羽艺工坊　地址：崃溪镇老街27号
""",
        body="""
崃溪羽艺工坊坚持手工扎制鸡毛掸子，选用冬季公鸡颈羽和尾羽，经高温消毒、分级挑选，每把掸子由老艺人一层一层绑扎而成，羽毛蓬松油亮，掸尘不掉毛。
主要产品：
1.经典长柄掸：全长90厘米，竹制掸杆，适合家庭日常掸尘。
2.伸缩高处掸：掸杆可在1.2米至2.4米之间伸缩，方便清扫吊顶、灯具和高处书架。⟦a 点此查看伸缩掸实拍视频⟧
3.车用迷你掸：全长35厘米，附收纳袋，可放在汽车储物格内。
使用小贴士：掸子使用后请挂放，不要挤压；羽毛沾灰后在室外轻轻抖动即可，切勿水洗。
""",
    ),
    dict(
        slug="training-weihu-brochure-pickle-jar-class-table",
        site="味湖生活学堂 (invented training school)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.weihuxuetang.example.cn/course/paocai-2024.html",
        title="周末泡菜坛腌制体验课招生简章",
        record_title="【周末手作季】周末泡菜坛腌制体验课招生简章（每期限12人）- 味湖生活学堂",
        date=None,
        notes="training-school page: a promo banner, a consult float, a 400 line beside the school's own 报名电话 in the body, a course table one row a paragraph; a brochure with no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【周末手作季】周末泡菜坛腌制体验课招生简章（每期限12人）- 味湖生活学堂</title></head><body>
<div class="promo">⟦a 老学员带新学员，两人同行第二人半价 ›⟧</div>
<header>⟦m 味湖生活学堂　厨艺 · 手作 · 茶事⟧ <span>⟦w 课程顾问 400-917-2233⟧</span></header>
<nav>⟦m 首页　全部课程　师资团队　学员作品　关于学堂⟧</nav>
<h1>⟦t 【周末手作季】周末泡菜坛腌制体验课招生简章（每期限12人）⟧</h1>
<div class="c-body">
{BODY}
</div>
<div class="c-btn"><a>⟦a 在线报名⟧</a> <a>⟦a 领取试听券⟧</a></div>
<div class="c-float">⟦w 不知道选哪门课？点我问问学堂顾问⟧</div>
<footer>⟦m 味湖生活学堂（嶷阳）　办学许可证号 嶷教民1402号⟧</footer>
</body></html>
""",
        body="""
课程介绍：本课程由传统酱腌菜技艺传承人授课，带领学员从认识腌菜坛开始，学习选坛、洗坛、调制盐水、坛沿封水等传统泡菜技艺，每位学员课后可带走一只自己封好的小泡菜坛。
课程安排
课次　内容　时长
第一课　认识腌菜坛与选坛　2小时
第二课　盐水调制与入坛　3小时
第三课　坛沿管理与出坛品鉴　2小时
招生对象：18周岁以上成人，亲子班可带1名8周岁以上儿童。
上课地点：滹湾区淅湾街道文化活动中心二楼。
课程费用：每人380元，含一只5升小泡菜坛及全部食材。
报名电话：0917-3315620（周一至周六）
""",
    ),
    dict(
        slug="training-qiaoyi-summary-tea-caddy-painting-record-date",
        site="嶷阳巧艺职业培训学校 (invented)",
        style="培训机构",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://www.qiaoyipx.example.cn/xxdt/2024/0630/88.html",
        title="第一期茶叶罐手绘技能培训班结业总结",
        record_title="第一期茶叶罐手绘技能培训班结业总结 - 学校动态 - 巧艺培训",
        record_date="2024-06-30",
        date="2024-06-30",
        notes="training school as text: the record gives the date (also the 成文日期); an enrolment line between two paragraphs and a consult line at the bottom",
        page="""
!m 嶷阳巧艺职业培训学校 ── 一技在手 就业不愁
!m 学校首页 » 学校动态
{T}
!m 文章来源：教务处　录入：管理员
{BODY}
!w 报名咨询：0917-3380456（巧艺教务处）
!l 热门专业：育婴员 ｜ 面点师 ｜ 手工编织 ｜ 茶艺师
!m 嶷阳巧艺职业培训学校版权所有
""",
        indent="\u3000\u3000",
        body="""
6月3日至6月28日，我校承办的嶷阳市第一期茶叶罐手绘技能培训班顺利结业。本期培训班共招收学员38名，其中农村妇女26名、残疾人4名。
一是课程贴近需求。培训以马口铁和纸质茶叶罐的手绘彩绘为主，设置线描、调色、罐面构图、防水上光等8个单元，理论课与实操课比例为一比三。
⟦a 第二期秋季班现已开放预报名，名额有限，点击抢位⟧
二是以赛促学。结业前举办罐面手绘作品展评，评出一等奖2名、二等奖5名，优秀作品由合作茶企收购。
三是就业有着落。已有21名学员与沂岭县3家茶企签订来料加工协议，居家手绘茶叶罐，每只可得加工费6至15元。
下期培训班计划于9月开班，我们将增加电商包装设计课程。
嶷阳巧艺职业培训学校
2024年6月30日
""",
    ),
    dict(
        slug="fanwenapp-biban-speech-duster-workshop-opening",
        site="笔伴App (invented writing app, H5 share)",
        style="范文APP",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://h5.bibanapp.example.com/share/article?id=5520917&from=wx",
        title="在崃溪鸡毛掸子非遗工坊开工仪式上的致辞",
        record_title="在崃溪鸡毛掸子非遗工坊开工仪式上的致辞（换个单位名就能念）· 笔伴App",
        date="2024-09-26",
        notes="writing app H5 share: an open-app mask, a fold 'read the rest in the app', AI buttons; a speaker line and a date line under the title (neutral)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>在崃溪鸡毛掸子非遗工坊开工仪式上的致辞（换个单位名就能念）· 笔伴App</title></head><body>
<div class="mask">⟦a 打开笔伴App，写材料快人一步⟧ <button>⟦a 立即打开⟧</button></div>
<div class="bb-title"><h2>{T}</h2></div>
<p class="bb-sub">崃溪镇党委书记　沈砚秋</p>
<p class="bb-sub">（2024年9月26日）</p>
<div class="bb-meta">⟦m 笔伴精选 · 致辞类 · 1.8万人已用⟧</div>
<div class="bb-body">
{BODY}
</div>
<div class="bb-fold">⟦a 展开全文需在App内查看，App内可一键换成你的单位名称⟧</div>
<div class="bb-ai">⟦a AI续写⟧ ⟦a AI换个说法⟧ ⟦a 生成同类3篇⟧</div>
<div class="bb-rec"><h4>⟦l 笔友们还在写⟧</h4><p>⟦l 在非遗工坊揭牌仪式上的讲话⟧</p><p>⟦l 在乡村手工艺大赛颁奖仪式上的致辞⟧</p></div>
</body></html>
""",
        body="""
各位领导、各位嘉宾，乡亲们：
大家上午好！金秋九月，崃溪鸡毛掸子非遗工坊今天正式开工了。我代表镇党委、镇政府，向工坊的开工表示热烈祝贺，向长期关心支持崃溪手工艺发展的各位领导和朋友表示衷心感谢！
崃溪扎鸡毛掸子的手艺传了一百多年，是老祖宗留给我们的宝贝。工坊建成后，将集羽毛分拣、扎制、展示、研学于一体，可吸纳60多名群众家门口就业。
希望工坊坚持手工品质，守住老手艺的“根”；也希望大家多琢磨新花样、新销路，让崃溪掸子走出大山、走进更多家庭。镇里将一如既往做好服务保障。
最后，预祝工坊生意兴隆！谢谢大家！
""",
    ),
    dict(
        slug="fanwenapp-biban-debrief-sanitation-earmuffs",
        site="笔伴App (invented writing app)",
        style="范文APP",
        genre="述职报告",
        kind="report",
        form="text",
        source="https://h5.bibanapp.example.com/share/article?id=5538811",
        title="环卫所所长2024年度述职报告",
        record_title="【述职速成】环卫所所长2024年度述职报告（一线管理岗）- 笔伴",
        date="2024-12-26",
        notes="writing app share as text: an open-app line at the top, a paywall line glued after a 。 between sections, a fold and AI buttons below; 成文日期 under the 述职人 line",
        page="""
!a 在笔伴App中打开，体验更流畅
!t 【述职速成】环卫所所长2024年度述职报告（一线管理岗）
!m 笔伴精选 · 述职报告　2.6万人已用
{BODY}
!a 剩余18%内容，开通笔伴会员后解锁
!a AI改写　｜　AI扩写　｜　换成我的单位
!l 同类热门：城管执法中队长述职报告 ｜ 环卫站站长年度工作总结
""",
        body="""
2024年，我在区城市管理局党组的领导下，带领全所干部职工做好城区道路清扫保洁和垃圾清运工作。现将个人履职情况报告如下。
一、抓保洁质量。全年完成道路清扫保洁面积620万平方米，主次干道机械化清扫率提高到82%，在全市环卫考评中排名第三。
二、抓职工关爱。针对冬季凌晨作业耳部冻伤多发的问题，我所向局里请示专项经费，为一线作业人员每人配发防风保暖耳罩一副，并在作业点设置爱心驿站。今冬以来，职工因冻疮就医人数明显下降。⟦a 笔伴会员可免费下载本篇Word⟧
三、抓安全生产。开展作业车辆和人员安全培训12场，全年未发生安全责任事故。
四、存在不足。一是精细化管理水平还不高；二是职工年龄偏大，队伍补充困难。
下一步，我将继续改进工作作风，努力让城区更干净、让职工更温暖。
述职人：瞿国栋
2024年12月26日
""",
    ),
]
